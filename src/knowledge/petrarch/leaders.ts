import type { ActorEntry, DatedCode } from './actors.js';

/**
 * Our own update of the Phoenix actor dictionaries, whose dated roles stop around 2014: leaders and ministers in
 * office since then, written from public facts (dates of taking and leaving office as published by each government
 * and collected in the Wikipedia lists of heads of state and government, foreign and defence ministers of each
 * country, and of the UN, NATO and EU office holders). Entries here are read before the Phoenix ones, so a name
 * found here takes these windows. Codes are CAMEO actor codes: country + GOV (executive), MIL (defence ministers,
 * commanders), LEG (legislators), OPP (opposition leaders), ELI (former office holders), IGO bodies.
 * Line format: `name, other name, ... | CODE from..to; CODE from..; ...` with ISO days; an open end is written `..`.
 */
const LEADERS = `
# United States (whitehouse.gov, state.gov, defense.gov, congress.gov biographies)
barack obama, obama, president obama | USAGOV 2009-01-20..2017-01-20; USAELI 2017-01-20..
donald trump, donald j. trump, trump, president trump | USAELI ..2017-01-20; USAGOV 2017-01-20..2021-01-20; USAELI 2021-01-20..2025-01-20; USAGOV 2025-01-20..
joe biden, joseph biden, joseph r. biden, biden, president biden | USAGOV 2009-01-20..2017-01-20; USAELI 2017-01-20..2021-01-20; USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..
kamala harris | USALEG 2017-01-03..2021-01-18; USAGOV 2021-01-20..2025-01-20; USAELI 2025-01-20..
mike pence | USAGOV 2013-01-14..2021-01-20; USAELI 2021-01-20..
jd vance, j.d. vance | USALEG 2023-01-03..2025-01-10; USAGOV 2025-01-20..
hillary clinton | USAGOV 2009-01-21..2013-02-01; USAELI 2013-02-01..
john kerry | USALEG ..2013-02-01; USAGOV 2013-02-01..2017-01-20; USAELI 2017-01-20..2021-01-20; USAGOV 2021-01-20..2024-03-06; USAELI 2024-03-06..
rex tillerson | USABUS ..2017-02-01; USAGOV 2017-02-01..2018-03-31; USAELI 2018-03-31..
mike pompeo | USALEG ..2017-01-23; USASPY 2017-01-23..2018-04-26; USAGOV 2018-04-26..2021-01-20; USAELI 2021-01-20..
antony blinken | USAGOV 2021-01-26..2025-01-20; USAELI 2025-01-20..
marco rubio | USALEG 2011-01-03..2025-01-20; USAGOV 2025-01-21..
lloyd austin | USAMIL 2021-01-22..2025-01-20
pete hegseth | USAMED ..2025-01-25; USAMIL 2025-01-25..
adam schiff | USALEG 2001-01-03..
nancy pelosi | USALEG 1987-06-02..
mitch mcconnell | USALEG 1985-01-03..
chuck schumer | USALEG 1981-01-03..
# Russia (kremlin.ru, government.ru, mid.ru)
sergei lavrov, sergey lavrov, lavrov | RUSGOV 2004-03-09..
sergei shoigu, sergey shoigu, shoigu | RUSGOV 1991-01-01..2012-11-06; RUSMIL 2012-11-06..2024-05-12; RUSGOV 2024-05-12..
andrei belousov, andrey belousov | RUSGOV 2013-06-24..2024-05-14; RUSMIL 2024-05-14..
valery gerasimov | RUSMIL 1971-01-01..
mikhail mishustin | RUSGOV 2010-04-06..
dmitry peskov, dmitri peskov, peskov | RUSGOV 2000-01-01..
maria zakharova | RUSGOV 2015-08-10..
alexei navalny, navalny | RUSOPP ..2024-02-16
# Ukraine (president.gov.ua, kmu.gov.ua, mfa.gov.ua)
petro poroshenko, poroshenko | UKRGOV 2014-06-07..2019-05-20; UKROPP 2019-05-20..
volodymyr zelensky, volodymyr zelenskyy, volodymyr zelenskiy, zelensky, zelenskyy, zelenskiy | UKRMED ..2019-05-20; UKRGOV 2019-05-20..
viktor yanukovych, yanukovych | UKRGOV 2010-02-25..2014-02-22; UKRELI 2014-02-22..
arseniy yatsenyuk, yatsenyuk | UKRGOV 2014-02-27..2016-04-14; UKRELI 2016-04-14..
denys shmyhal, shmyhal | UKRGOV 2020-03-04..
dmytro kuleba, kuleba | UKRGOV 2020-03-04..2024-09-05; UKRELI 2024-09-05..
andrii sybiha | UKRGOV 2024-09-05..
valerii zaluzhnyi, valery zaluzhny, zaluzhnyi | UKRMIL 2021-07-27..2024-02-08; UKRGOV 2024-03-07..
oleksandr syrskyi | UKRMIL 1986-01-01..
# United Kingdom (gov.uk, parliament.uk)
david cameron | GBRGOV 2010-05-11..2016-07-13; GBRELI 2016-07-13..2023-11-13; GBRGOV 2023-11-13..2024-07-05; GBRELI 2024-07-05..
theresa may | GBRGOV 2010-05-12..2019-07-24; GBRLEG 2019-07-24..
boris johnson | GBRGOV 2008-05-04..2016-05-09; GBRGOV 2016-07-13..2018-07-09; GBRLEG 2018-07-09..2019-07-24; GBRGOV 2019-07-24..2022-09-06; GBRELI 2022-09-06..
liz truss | GBRGOV 2014-07-15..2022-10-25; GBRELI 2022-10-25..
rishi sunak | GBRGOV 2019-07-24..2024-07-05; GBROPP 2024-07-05..2024-11-02; GBRLEG 2024-11-02..
keir starmer | GBROPP 2020-04-04..2024-07-05; GBRGOV 2024-07-05..
david lammy | GBRGOV 2024-07-05..
jeremy corbyn | GBROPP 2015-09-12..2020-04-04; GBRLEG 2020-04-04..
# France (elysee.fr, gouvernement.fr)
francois hollande, françois hollande, hollande | FRAGOV 2012-05-15..2017-05-14; FRAELI 2017-05-14..
emmanuel macron, macron | FRAGOV 2014-08-26..2016-08-30; FRAELI 2016-08-30..2017-05-14; FRAGOV 2017-05-14..
marine le pen | FRAOPP 2011-01-16..
jean-yves le drian | FRAMIL 2012-05-16..2017-05-17; FRAGOV 2017-05-17..2022-05-20
# Germany (bundeskanzler.de, bundesregierung.de)
angela merkel, merkel | DEUGOV 2005-11-22..2021-12-08; DEUELI 2021-12-08..
olaf scholz, scholz | DEUGOV 2018-03-14..2025-05-06; DEULEG 2025-05-06..
friedrich merz, merz | DEUOPP 2022-01-31..2025-05-06; DEUGOV 2025-05-06..
annalena baerbock, baerbock | DEUGOV 2021-12-08..2025-05-06
frank-walter steinmeier, steinmeier | DEUGOV 2013-12-17..
# China (gov.cn, fmprc.gov.cn)
xi jinping | CHNGOV 2008-03-15..
li keqiang | CHNGOV 2008-03-17..2023-03-11; CHNELI 2023-03-11..2023-10-27
li qiang | CHNGOV 2023-03-11..
wang yi | CHNGOV 2013-03-16..
# Japan, Korea, Taiwan (kantei.go.jp, president.go.kr, president.gov.tw)
shinzo abe | JPNGOV 2012-12-26..2020-09-16; JPNLEG 2020-09-16..2022-07-08
yoshihide suga | JPNGOV 2012-12-26..2021-10-04; JPNLEG 2021-10-04..
fumio kishida, kishida | JPNGOV 2012-12-26..2017-08-03; JPNGOV 2021-10-04..2024-10-01; JPNLEG 2024-10-01..
shigeru ishiba, ishiba | JPNLEG ..2024-10-01; JPNGOV 2024-10-01..2025-10-21; JPNLEG 2025-10-21..
sanae takaichi, takaichi | JPNLEG ..2025-10-21; JPNGOV 2025-10-21..
park geun-hye | KORGOV 2013-02-25..2017-03-10; KORELI 2017-03-10..
moon jae-in | KOROPP ..2017-05-10; KORGOV 2017-05-10..2022-05-10; KORELI 2022-05-10..
yoon suk yeol, yoon suk-yeol | KORJUD ..2021-03-04; KORGOV 2022-05-10..2025-04-04; KORELI 2025-04-04..
lee jae-myung, lee jae myung | KOROPP 2022-08-28..2025-06-04; KORGOV 2025-06-04..
kim jong un, kim jong-un | PRKGOV 2011-12-17..
kim yo jong, kim yo-jong | PRKGOV 2014-01-01..
tsai ing-wen | TWNGOV 2016-05-20..2024-05-20; TWNELI 2024-05-20..
lai ching-te | TWNGOV 2017-09-08..
# South Asia (pmindia.gov.in, mea.gov.in, pmo.gov.pk, president.gov.af)
narendra modi, modi | INDGOV 2001-10-07..
subrahmanyam jaishankar, s. jaishankar, jaishankar | INDGOV 2015-01-29..
rahul gandhi | INDOPP 2004-05-17..
nawaz sharif | PAKGOV 2013-06-05..2017-07-28; PAKELI 2017-07-28..
imran khan | PAKOPP ..2018-08-18; PAKGOV 2018-08-18..2022-04-10; PAKOPP 2022-04-10..
shehbaz sharif | PAKGOV 2022-04-11..
ashraf ghani | AFGGOV 2014-09-29..2021-08-15; AFGELI 2021-08-15..
hamid karzai | AFGGOV 2001-12-22..2014-09-29; AFGELI 2014-09-29..
# Middle East (gov.il, president.ir, spa.gov.sa, presidency.eg)
benjamin netanyahu, netanyahu | ISRGOV 2009-03-31..2021-06-13; ISROPP 2021-06-13..2022-12-29; ISRGOV 2022-12-29..
naftali bennett | ISRGOV 2013-03-18..2022-06-30
yair lapid | ISRGOV 2013-03-18..2014-12-02; ISROPP 2014-12-02..2021-06-13; ISRGOV 2021-06-13..2022-12-29; ISROPP 2022-12-29..
benny gantz | ISRMIL 2011-02-14..2015-02-16; ISROPP 2019-01-01..2020-05-17; ISRMIL 2020-05-17..2022-12-29; ISROPP 2022-12-29..
yoav gallant | ISRMIL 2022-12-29..2024-11-05; ISRLEG 2024-11-05..
israel katz | ISRGOV 2015-01-01..2024-11-05; ISRMIL 2024-11-05..
mahmoud abbas | PSEGOV 2005-01-15..
ismail haniyeh | PSEREB ..2024-07-31
yahya sinwar | PSEREB ..2024-10-16
hassan rouhani, rouhani | IRNGOV 2013-08-03..2021-08-03; IRNELI 2021-08-03..
ebrahim raisi, raisi | IRNJUD 2019-03-07..2021-08-03; IRNGOV 2021-08-03..2024-05-19
masoud pezeshkian, pezeshkian | IRNLEG ..2024-07-28; IRNGOV 2024-07-28..
ali khamenei, ayatollah ali khamenei, khamenei | IRNGOV 1981-10-13..
javad zarif, mohammad javad zarif, zarif | IRNGOV 2013-08-15..2021-08-25; IRNELI 2021-08-25..
hossein amir-abdollahian, amir-abdollahian | IRNGOV 2021-08-25..2024-05-19
abbas araghchi, araghchi | IRNGOV 2013-01-01..
king salman, salman bin abdulaziz | SAUGOV 2011-11-05..
mohammed bin salman, mohammad bin salman | SAUGOV 2015-01-23..
abdel fattah el-sisi, abdel fattah al-sisi, el-sisi, al-sisi, sisi | EGYMIL 2012-08-12..2014-03-26; EGYGOV 2014-06-08..
mohamed morsi, morsi | EGYGOV 2012-06-30..2013-07-03; EGYOPP 2013-07-03..2019-06-17
bashar al-assad, bashar assad, assad | SYRGOV 2000-07-17..2024-12-08; SYRELI 2024-12-08..
ahmed al-sharaa, abu mohammad al-jolani, abu mohammed al-julani | SYRREB ..2024-12-08; SYRGOV 2024-12-08..
recep tayyip erdogan, recep tayyip erdoğan, erdogan, erdoğan | TURGOV 2003-03-14..
hakan fidan | TURSPY 2010-05-27..2023-06-04; TURGOV 2023-06-04..
tamim bin hamad al thani | QATGOV 2013-06-25..
# Europe (government and presidency sites of each country)
viktor orban, viktor orbán, orban, orbán | HUNGOV 2010-05-29..
andrzej duda | POLGOV 2015-08-06..2025-08-06; POLELI 2025-08-06..
karol nawrocki | POLGOV 2025-08-06..
giorgia meloni, meloni | ITAOPP ..2022-10-22; ITAGOV 2022-10-22..
matteo renzi | ITAGOV 2014-02-22..2016-12-12; ITALEG 2016-12-12..
pedro sanchez, pedro sánchez | ESPOPP 2014-07-26..2018-06-02; ESPGOV 2018-06-02..
alexander lukashenko, alexander lukashenka, lukashenko | BLRGOV 1994-07-20..
# Americas (planalto.gov.br, gob.mx, casarosada.gob.ar, pm.gc.ca, pm.gov.au)
dilma rousseff | BRAGOV 2011-01-01..2016-08-31; BRAELI 2016-08-31..
michel temer | BRAGOV 2011-01-01..2018-12-31; BRAELI 2018-12-31..
jair bolsonaro, bolsonaro | BRALEG ..2019-01-01; BRAGOV 2019-01-01..2022-12-31; BRAOPP 2022-12-31..
luiz inacio lula da silva, luiz inácio lula da silva, lula da silva, lula | BRAGOV 2003-01-01..2010-12-31; BRAOPP 2010-12-31..2023-01-01; BRAGOV 2023-01-01..
enrique pena nieto, enrique peña nieto, pena nieto, peña nieto | MEXGOV 2012-12-01..2018-11-30; MEXELI 2018-11-30..
andres manuel lopez obrador, andrés manuel lópez obrador, lopez obrador, lópez obrador | MEXOPP ..2018-12-01; MEXGOV 2018-12-01..2024-09-30; MEXELI 2024-09-30..
claudia sheinbaum, sheinbaum | MEXGOV 2018-12-05..
mauricio macri, macri | ARGGOV 2015-12-10..2019-12-10; ARGOPP 2019-12-10..
javier milei, milei | ARGLEG ..2023-12-10; ARGGOV 2023-12-10..
nicolas maduro, nicolás maduro, maduro | VENGOV 2006-08-07..
juan guaido, juan guaidó, guaido, guaidó | VENOPP 2019-01-05..2023-01-05
stephen harper | CANGOV 2006-02-06..2015-11-04; CANELI 2015-11-04..
justin trudeau, trudeau | CANGOV 2015-11-04..2025-03-14; CANELI 2025-03-14..
mark carney | CANGOV 2025-03-14..
tony abbott | AUSGOV 2013-09-18..2015-09-15
malcolm turnbull | AUSGOV 2015-09-15..2018-08-24
scott morrison | AUSGOV 2018-08-24..2022-05-23
anthony albanese, albanese | AUSOPP 2019-05-30..2022-05-23; AUSGOV 2022-05-23..
# Africa and Asia (presidency and government sites of each country)
muhammadu buhari, buhari | NGAGOV 2015-05-29..2023-05-29; NGAELI 2023-05-29..2025-07-13
bola tinubu, bola ahmed tinubu, tinubu | NGAGOV 2023-05-29..
goodluck jonathan | NGAGOV 2010-05-06..2015-05-29; NGAELI 2015-05-29..
jacob zuma, zuma | ZAFGOV 2009-05-09..2018-02-14; ZAFOPP 2018-02-14..
cyril ramaphosa, ramaphosa | ZAFGOV 2014-05-26..
abiy ahmed, abiy ahmed ali, abiy | ETHGOV 2018-04-02..
uhuru kenyatta | KENGOV 2013-04-09..2022-09-13; KENELI 2022-09-13..
william ruto, ruto | KENGOV 2013-04-09..
omar al-bashir, omar bashir | SDNGOV 1989-06-30..2019-04-11; SDNELI 2019-04-11..
abdel fattah al-burhan, abdel-fattah burhan | SDNMIL 2019-04-11..
mohamed hamdan dagalo, hemedti | SDNMIL 2019-04-11..2023-04-15; SDNREB 2023-04-15..
aung san suu kyi | MMROPP ..2016-03-30; MMRGOV 2016-03-30..2021-02-01; MMROPP 2021-02-01..
min aung hlaing | MMRMIL 2011-03-30..
rodrigo duterte, duterte | PHLGOV 2016-06-30..2022-06-30; PHLELI 2022-06-30..
ferdinand marcos jr., ferdinand marcos jr, bongbong marcos | PHLGOV 2022-06-30..
# International bodies (un.org, nato.int, europa.eu, who.int, iaea.org, ohchr.org)
antonio guterres, antónio guterres, guterres | PRTGOV 1995-10-28..2002-04-06; IGO 2005-06-15..2015-12-31; IGOUNO 2017-01-01..
ban ki-moon | KORGOV 2004-01-17..2006-11-09; IGOUNO 2007-01-01..2016-12-31; KORELI 2017-01-01..
jens stoltenberg, stoltenberg | NORGOV 2005-10-17..2013-10-16; IGO 2014-10-01..2024-10-01; NORGOV 2025-02-04..
mark rutte, rutte | NLDGOV 2010-10-14..2024-07-02; IGO 2024-10-01..
ursula von der leyen, von der leyen | DEUMIL 2013-12-17..2019-07-17; IGO 2019-12-01..
josep borrell | ESPGOV 2018-06-07..2019-11-29; IGO 2019-12-01..2024-11-30
kaja kallas | ESTGOV 2021-01-26..2024-07-15; IGO 2024-12-01..
charles michel | BELGOV 2014-10-11..2019-10-27; IGO 2019-12-01..2024-11-30
antonio costa, antónio costa | PRTGOV 2015-11-26..2024-04-02; IGO 2024-12-01..
tedros adhanom ghebreyesus, tedros adhanom, tedros | ETHGOV 2005-10-01..2016-11-01; IGO 2017-07-01..
rafael grossi | IGO 2019-12-03..
volker turk, volker türk | IGO 2022-10-17..
mario draghi | IGO 2011-11-01..2019-10-31; ITAGOV 2021-02-13..2022-10-22
donald tusk | POLGOV 2007-11-16..2014-09-22; IGO 2014-12-01..2019-11-30; POLOPP 2021-07-03..2023-12-13; POLGOV 2023-12-13..
`;

function dated(part: string): DatedCode | null {
  const m = /^([A-Z]{3,})\s*(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(part.trim());
  if (!m) return null;
  return { code: m[1], from: m[2] ?? null, to: m[3] ?? null };
}

/** The update table as actor entries, ready to go before the Phoenix ones. */
export function laterLeaders(): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const raw of LEADERS.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [names, codes] = line.split('|');
    const entry: ActorEntry = {
      names: names.split(',').map((n) => n.trim().toLowerCase()).filter(Boolean),
      codes: codes.split(';').map(dated).filter((c): c is DatedCode => !!c),
    };
    if (entry.names.length && entry.codes.length) out.push(entry);
  }
  return out;
}
