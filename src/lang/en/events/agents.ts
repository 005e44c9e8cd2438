/**
 * English nouns that name a sector of society ("troops", "rebels", "parliament") with their CAMEO/PLOVER sector code,
 * and the modifiers an actor phrase may hold. Sectors: GOV government, MIL military, COP police, REB rebels and armed
 * groups, OPP opposition, LEG legislature, JUD judiciary, SPY intelligence, MED media, BUS business, LAB labour, EDU
 * education, REL religion, REF refugees, CVL civilians, CRM criminals.
 */

/** Sector words; multi-word keys are matched as phrases. Plurals are listed where they are not a plain -s. */
export const AGENT_SECTORS: Record<string, string> = {
  government: 'GOV', governments: 'GOV', official: 'GOV', officials: 'GOV', minister: 'GOV', ministers: 'GOV', ministry: 'GOV',
  president: 'GOV', 'prime minister': 'GOV', premier: 'GOV', chancellor: 'GOV', cabinet: 'GOV', authorities: 'GOV',
  administration: 'GOV', regime: 'GOV', king: 'GOV', queen: 'GOV', emir: 'GOV', sheikh: 'GOV', governor: 'GOV', mayor: 'GOV',
  spokesman: 'GOV', spokeswoman: 'GOV', spokesperson: 'GOV', diplomat: 'GOV', diplomats: 'GOV', ambassador: 'GOV',
  envoy: 'GOV', counterpart: 'GOV', counterparts: 'GOV', negotiator: 'GOV', negotiators: 'GOV', delegation: 'GOV', leader: 'GOV', leaders: 'GOV', secretary: 'GOV',
  'foreign minister': 'GOV', 'foreign ministry': 'GOV', 'state department': 'GOV', 'vice president': 'GOV', 'vice-president': 'GOV',
  'secretary-general': 'GOV', 'secretary general': 'GOV', 'national security advisor': 'GOV', 'national security adviser': 'GOV',
  army: 'MIL', armies: 'MIL', troops: 'MIL', soldier: 'MIL', soldiers: 'MIL', forces: 'MIL', military: 'MIL', navy: 'MIL',
  'air force': 'MIL', 'armed forces': 'MIL', 
  // a defence minister is a member of the government (Phoenix codes the office ~GOVMIL: government first)
  'defence minister': 'GOV', 'defense minister': 'GOV', 'defence secretary': 'GOV', 'defense secretary': 'GOV',
  'defence ministry': 'GOV', 'defense ministry': 'GOV', pentagon: 'MIL', general: 'MIL',
  commander: 'MIL', commanders: 'MIL', warships: 'MIL', warship: 'MIL', tanks: 'MIL', helicopters: 'MIL', jets: 'MIL',
  officers: 'MIL', marines: 'MIL', artillery: 'MIL', battalion: 'MIL', brigade: 'MIL', peacekeepers: 'MIL', peacekeeping: 'MIL',
  militiamen: 'MIL', fleet: 'MIL', 'military police': 'MIL', sailors: 'MIL', paratroopers: 'MIL',
  police: 'COP', policemen: 'COP', 'security forces': 'COP', gendarmes: 'COP', gendarmerie: 'COP', guards: 'COP',
  rebels: 'REB', rebel: 'REB', insurgents: 'REB', guerrillas: 'REB', guerillas: 'REB', militants: 'REB', militant: 'REB',
  militia: 'REB', militias: 'REB', separatists: 'REB', fighters: 'REB', gunmen: 'REB', terrorists: 'REB', jihadists: 'REB',
  opposition: 'OPP', dissidents: 'OPP', dissident: 'OPP', activists: 'OPP', activist: 'OPP',
  parliament: 'LEG', congress: 'LEG', senate: 'LEG', lawmakers: 'LEG', legislators: 'LEG', assembly: 'LEG', deputies: 'LEG',
  senator: 'LEG', senators: 'LEG', mps: 'LEG', legislature: 'LEG',
  court: 'JUD', judge: 'JUD', judges: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD', tribunal: 'JUD', 'supreme court': 'JUD',
  'high court': 'JUD',
  intelligence: 'SPY', 'spy agency': 'SPY', spies: 'SPY',
  newspaper: 'MED', newspapers: 'MED', media: 'MED', journalists: 'MED', journalist: 'MED', reporters: 'MED', broadcaster: 'MED',
  radio: 'MED', television: 'MED', 'news agency': 'MED',
  company: 'BUS', companies: 'BUS', firm: 'BUS', firms: 'BUS', businessman: 'BUS', businessmen: 'BUS', corporation: 'BUS',
  workers: 'LAB', union: 'LAB', unions: 'LAB', 'trade union': 'LAB', employees: 'LAB',
  students: 'EDU', student: 'EDU', university: 'EDU', teachers: 'EDU',
  church: 'REL', cleric: 'REL', clerics: 'REL', clergy: 'REL', bishops: 'REL', priests: 'REL', imam: 'REL', missionary: 'REL',
  refugees: 'REF', refugee: 'REF', 'asylum seekers': 'REF', migrants: 'REF',
  civilians: 'CVL', civilian: 'CVL', residents: 'CVL', villagers: 'CVL', people: 'CVL', protesters: 'CVL', demonstrators: 'CVL',
  farmers: 'CVL', youths: 'CVL', detainees: 'CVL', citizens: 'CVL', nationals: 'CVL', landowners: 'CVL',
  prisoners: 'CRM', inmates: 'CRM', smugglers: 'CRM', criminals: 'CRM',
};

/** Adjectives and modifiers that may sit inside an actor phrase without ending it ("senior", "top", "former"). */
export const ACTOR_MODIFIERS = new Set([
  'senior', 'top', 'former', 'radical', 'chief', 'deputy', 'junior', 'visiting', 'new', 'outgoing', 'acting', 'interim',
  'local', 'federal', 'national', 'state', 'regional', 'provincial', 'military', 'civilian', 'armed', 'rival', 'ruling',
  'main', 'ethnic', 'islamic', 'islamist', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'high', 'supreme',
  'security', 'border', 'riot', 'special', 'elite', 'young', 'angry', 'unidentified', 'suspected', 'some', 'several', 'many',
  'hundreds', 'thousands', 'dozens', 'of', 'the', "'s", 'fellow', 'hardline', 'moderate', 'exiled', 'jailed', 'opposition',
  'government', 'rebel', 'paramilitary', 'peacekeeping', 'secret', 'intelligence', 'party', 'presidential', 'prime', 'vice',
  'general', 'army', 'naval', 'air', 'coast', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'lt.', 'gen.', 'col.',
]);
