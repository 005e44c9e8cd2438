/**
 * GDELT's published CAMEO Goldstein scale (the `CAMEO.goldsteinscale.txt` lookup of the GDELT codebook): the
 * cooperation (+10) to conflict (-10) weight of every CAMEO event code, taken as published facts. Its code list is also
 * the list of codes GDELT readers accept.
 */
const BY_VALUE: Array<[number, string]> = [
  [0.0, '01 010 014 015 017'],
  [-0.1, '011'],
  [-0.4, '012'],
  [0.4, '013'],
  [-2.0, '016 09 090 091 092 093 094 11 110 111 112 1121 1122 1123 1124 1125 113 114 115 116'],
  [3.4, '018 019 021 0211 0212 0213 0214 023 0231 0232 0233 0234 051'],
  [3.0, '02 020'],
  [3.2, '022'],
  [-0.3, '024 0241 0242 0243 0244 025 0251 0252 0253 0254 0255 0256'],
  [4.0, '026 027 028 03 030 036'],
  [5.2, '031 0311 0312 0313 0314 033 0331 0332 0333'],
  [4.5, '032'],
  [6.0, '0334 054 06 060'],
  [7.0, '034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 038 046 055 056 064 07 070 075 084 0841 0842 085'],
  [5.0, '037 039 045 08 080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834'],
  [1.0, '04 040 041'],
  [1.9, '042'],
  [2.8, '043'],
  [2.5, '044'],
  [3.5, '05 050 052'],
  [3.8, '053'],
  [8.0, '057'],
  [6.4, '061'],
  [7.4, '062 063 071 073'],
  [8.3, '072'],
  [8.5, '074'],
  [9.0, '086 0861 0862 0863 087 0871 0872 0873'],
  [10.0, '0874'],
  [-5.0, '10 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108 125 126 127 128 129 172 1721 1722 1723 1724 173 174'],
  [-4.0, '12 120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244 1245 1246 16 160 161'],
  [-6.0, '13'],
  [-4.4, '130'],
  [-5.8, '131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135'],
  [-7.0, '136 137 138 1381 1382 1383 1384 1385 139 164 166 1661 1662 1663 17 170'],
  [-6.5, '14 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 165'],
  [-7.5, '144 1441 1442 1443 1444 145 1451 1452 1453 1454'],
  [-7.2, '15 150 151 152 153 154'],
  [-5.6, '162 1621 1622 1623'],
  [-8.0, '163 184 185'],
  [-9.2, '171 1711 1712'],
  [-9.0, '175 18 180 181 1821 1822'],
  [-9.5, '182 191 192 196 201'],
  [-10.0, '1823 183 1831 1832 1833 186 19 190 193 194 195 20 200 202 203 204 2041 2042'],
];

/** Every CAMEO event code GDELT knows, with its Goldstein value. */
export const GOLDSTEIN: ReadonlyMap<string, number> = new Map(BY_VALUE.flatMap(([value, codes]) => codes.split(' ').map((code) => [code, value] as [string, number])));

/** A code GDELT knows: the code itself, else its longest known prefix ("1213" is no CAMEO code: "121"), else undefined. */
export function knownCameoCode(code: string): string | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) if (GOLDSTEIN.has(c)) return c;
  return undefined;
}

/** The Goldstein value GDELT gives an event code (of its known form). */
export function goldsteinScale(code: string): number | undefined {
  const known = knownCameoCode(code);
  return known === undefined ? undefined : GOLDSTEIN.get(known);
}
