/**
 * FIPS 10-4 country codes, which GDELT's geography fields use (Actor1Geo_CountryCode, ActionGeo_CountryCode, the
 * country part of ADM1 codes), for the ISO 3166-1 alpha-2 codes our places carry. Only codes that differ are listed;
 * the others are the same in both systems (Kenya KE, Norway NO, France FR ...).
 */
const ISO_TO_FIPS: Record<string, string> = {
  AD: 'AN', AG: 'AC', AI: 'AV', AQ: 'AY', AS: 'AQ', AT: 'AU', AU: 'AS', AW: 'AA', AZ: 'AJ',
  BA: 'BK', BD: 'BG', BF: 'UV', BG: 'BU', BH: 'BA', BI: 'BY', BJ: 'BN', BL: 'TB', BM: 'BD', BN: 'BX', BO: 'BL', BS: 'BF', BW: 'BC', BY: 'BO', BZ: 'BH',
  CC: 'CK', CD: 'CG', CF: 'CT', CG: 'CF', CH: 'SZ', CI: 'IV', CK: 'CW', CL: 'CI', CN: 'CH', CR: 'CS', CW: 'UC', CX: 'KT', CZ: 'EZ',
  DE: 'GM', DK: 'DA', DM: 'DO', DO: 'DR', DZ: 'AG',
  EE: 'EN', EH: 'WI', ES: 'SP',
  GA: 'GB', GB: 'UK', GD: 'GJ', GE: 'GG', GF: 'FG', GG: 'GK', GM: 'GA', GN: 'GV', GQ: 'EK', GS: 'SX', GU: 'GQ', GW: 'PU',
  HN: 'HO', HT: 'HA',
  IE: 'EI', IL: 'IS', IQ: 'IZ', IS: 'IC',
  JP: 'JA',
  KH: 'CB', KI: 'KR', KM: 'CN', KN: 'SC', KP: 'KN', KR: 'KS', KW: 'KU', KY: 'CJ',
  LB: 'LE', LC: 'ST', LI: 'LS', LK: 'CE', LR: 'LI', LS: 'LT', LT: 'LH', LV: 'LG',
  MA: 'MO', MC: 'MN', ME: 'MJ', MF: 'RN', MG: 'MA', MH: 'RM', MM: 'BM', MN: 'MG', MO: 'MC', MP: 'CQ', MQ: 'MB', MS: 'MH', MU: 'MP', MW: 'MI',
  NA: 'WA', NE: 'NG', NG: 'NI', NI: 'NU', NU: 'NE',
  OM: 'MU',
  PA: 'PM', PF: 'FP', PG: 'PP', PH: 'RP', PM: 'SB', PN: 'PC', PR: 'RQ', PS: 'WE', PT: 'PO', PW: 'PS', PY: 'PA',
  RS: 'RI', RU: 'RS',
  SB: 'BP', SC: 'SE', SD: 'SU', SE: 'SW', SG: 'SN', SJ: 'SV', SK: 'LO', SN: 'SG', SR: 'NS', SS: 'OD', ST: 'TP', SV: 'ES', SX: 'NN', SZ: 'WZ',
  TC: 'TK', TD: 'CD', TF: 'FS', TG: 'TO', TJ: 'TI', TK: 'TL', TL: 'TT', TM: 'TX', TN: 'TS', TO: 'TN', TR: 'TU', TT: 'TD',
  UA: 'UP',
  VA: 'VT', VG: 'VI', VI: 'VQ', VN: 'VM', VU: 'NH',
  XK: 'KV',
  YE: 'YM', YT: 'MF',
  ZA: 'SF', ZM: 'ZA', ZW: 'ZI',
};

/** The FIPS 10-4 code of an ISO alpha-2 country code; Gaza, which FIPS codes apart from the West Bank, by its place name. */
export function fipsCountry(iso2: string | null, placeName: string | null = null): string {
  if (!iso2) return '';
  const code = iso2.toUpperCase();
  if (code === 'PS' && placeName && /gaza/i.test(placeName)) return 'GZ';
  return ISO_TO_FIPS[code] ?? code;
}
