/**
 * Actor knowledge for event coding, written here: the international bodies coded IGO and how specific each sector is
 * (the English nouns that name a sector of society are in the language pack, src/lang/en/events/agents.ts).
 * Sectors: GOV government, MIL military, COP police, REB rebels and armed groups, OPP opposition, LEG legislature,
 * JUD judiciary, SPY intelligence, MED media, BUS business, LAB labour, EDU education, REL religion, REF refugees,
 * CVL civilians, CRM criminals.
 */

/**
 * When an actor phrase holds several sector words, the most specific wins ("rebel leader" is REB, "Defence
 * Minister" MIL, "government forces" MIL): higher numbers are more specific; GOV is the default of officials.
 */
export const SECTOR_PRIORITY: Record<string, number> = {
  REB: 6, OPP: 6, JUD: 5, LEG: 5, SPY: 5, MED: 5, COP: 4, MIL: 4, BUS: 4, LAB: 4, EDU: 4, REL: 4, REF: 4, CRM: 4, CVL: 2, GOV: 1,
};

/** International bodies (coded IGO), as news text names them; acronyms match with their case. */
export const INTERNATIONAL_BODIES: string[] = [
  'United Nations', 'UN', 'U.N.', 'Security Council', 'UN Security Council', 'U.N. Security Council', 'NATO', 'Nato',
  'European Union', 'EU', 'E.U.', 'European Community', 'European Commission', 'Red Cross', 'International Committee of the Red Cross',
  'ICRC', 'IAEA', 'International Atomic Energy Agency', 'Arab League', 'African Union', 'ASEAN', 'OPEC', 'World Bank', 'IMF',
  'International Monetary Fund', 'World Health Organization', 'WHO', 'UNHCR', 'World Food Program', 'World Food Programme',
  'WFP', 'OSCE', 'International Labor Office', 'International Labour Office', 'International Labour Organization', 'ILO',
  'Amnesty International', 'Human Rights Watch', 'International Criminal Court', 'ICC', 'G7', 'G20', 'Interpol', 'UNICEF',
  'Organization of American States', 'OAS', 'Gulf Cooperation Council', 'GCC', 'ECOWAS', 'SADC', 'World Trade Organization', 'WTO',
  'Medecins Sans Frontieres', 'Doctors Without Borders', 'UNIFIL',
];

