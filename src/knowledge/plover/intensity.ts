/**
 * Intensity of an event on a Goldstein-like scale from -10 (most hostile) to +10 (most cooperative), by CAMEO code.
 * Our own table: values are set by CAMEO root and adjusted for a few sub-codes where the act is clearly stronger or
 * weaker than its family (a ceasefire is more cooperative than a generic concession; an air strike more hostile
 * than small-arms fire). The most specific code listed wins.
 */
const INTENSITY: Record<string, number> = {
  // AGREE: promises and stated intentions
  '03': 4.5, '031': 5, '033': 5, '036': 4, '037': 5,
  // CONSULT: meetings are mildly cooperative; negotiation more so
  '04': 1.5, '041': 1, '042': 2, '043': 2.5, '044': 2.5, '045': 3.5, '046': 3.5,
  // SUPPORT: verbal backing up to a signed agreement
  '05': 3.5, '051': 3, '052': 3, '054': 6, '055': 3.5, '056': 4, '057': 7,
  // COOPERATE: material cooperation
  '06': 6, '061': 6.5, '062': 7, '063': 6, '064': 6,
  // AID
  '07': 7, '071': 7.5, '072': 8, '073': 7.5, '074': 8, '075': 6,
  // CONCEDE and RETREAT: yielding, releasing, de-escalating
  '08': 5, '081': 5, '083': 5, '084': 6, '085': 6, '086': 5, '087': 6, '0871': 8, '0874': 5,
  // INVESTIGATE: hostile only in what it implies
  '09': -2,
  // DEMAND
  '10': -3, '101': -2.5, '104': -3.5, '105': -4, '106': -2, '108': -2,
  // DISAPPROVE
  '11': -3.5, '111': -3, '112': -4, '114': -3, '115': -4, '116': -5,
  // REJECT
  '12': -4, '125': -4.5, '128': -5, '129': -5,
  // THREATEN: from sanctions to force
  '13': -6, '131': -5, '1312': -5.5, '1313': -5.5, '137': -7, '138': -7.5, '1384': -8, '1385': -9, '139': -6.5,
  // PROTEST: peaceful to violent
  '14': -6.5, '141': -6, '142': -5.5, '143': -6, '144': -6.5, '145': -7.5,
  // MOBILIZE
  '15': -7, '151': -6, '153': -6.5,
  // SANCTION: reducing relations
  '16': -5, '161': -6, '162': -5.5, '163': -7, '164': -5, '166': -5,
  // COERCE
  '17': -7, '171': -7, '1712': -8, '172': -6, '1723': -6, '1724': -7, '173': -6.5, '174': -6.5, '191': -7.5, '192': -8.5,
  // ASSAULT: unconventional violence
  '18': -9, '181': -9, '182': -8.5, '1822': -9, '183': -9.5, '185': -9, '186': -9.5,
  // FIGHT: conventional force
  '19': -9.5, '193': -9, '194': -10, '195': -10, '196': -9,
  // mass violence
  '20': -10,
};

/** The intensity of a CAMEO code (most specific prefix listed), 0 when the code is unknown. */
export function intensityOf(code: string): number {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const v = INTENSITY[c];
    if (v !== undefined) return v;
  }
  return 0;
}
