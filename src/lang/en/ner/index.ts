import type { NerLanguage } from '../../sections/ner.js';

/**
 * Single words that end or mark organisation names: legal forms, institution heads, team words.
 */
const ORGANISATION_WORDS = [
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa',
  'ab', 'asa', 'oyj', 'kk', 'bhd', 'tbk', 'pty', 'group', 'holdings', 'holding', 'industries', 'bank', 'bancorp',
  'airlines', 'airways', 'motors', 'systems', 'technologies', 'communications', 'telecom', 'petroleum', 'oil',
  'university', 'college', 'institute', 'school', 'hospital', 'foundation', 'association', 'federation', 'union',
  'council', 'committee', 'commission', 'agency', 'ministry', 'department', 'party', 'front', 'movement', 'army',
  'police', 'court', 'parliament', 'congress', 'senate', 'assembly', 'organisation', 'organization', 'society',
  'club', 'fc', 'united', 'rovers', 'athletic', 'wanderers', 'city', 'county', 'albion', 'town', 'sporting',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'press', 'television', 'radio', 'exchange', 'fund',
  'trust', 'securities', 'capital', 'partners', 'investments', 'insurance', 'reserve', 'board', 'office', 'service',
];

/** Titles and honorifics that precede person names. */
const PERSON_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice',
  'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'director', 'governor', 'senator', 'sen', 'rep', 'representative', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lt', 'sergeant', 'sgt',
  'judge', 'justice', 'ambassador', 'envoy', 'leader', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'manager', 'chief', 'executive', 'ceo', 'analyst', 'economist', 'officer', 'commander', 'adviser', 'advisor',
  'rev', 'father', 'sheikh', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'dalai',
];

/** Regions and continents that are not countries. */
const REGIONS = [
  'africa', 'antarctica', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america',
  'oceania', 'middle east', 'gulf', 'balkans', 'caribbean', 'scandinavia', 'siberia', 'west bank', 'gaza',
  'gaza strip', 'kashmir', 'chechnya', 'kurdistan', 'punjab', 'tibet', 'bosnia', 'kosovo', 'ulster', 'england',
  'scotland', 'wales', 'northern ireland', 'britain', 'great britain', 'u.s.', 'u.k.', 'us', 'uk', 'america',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'ontario', 'quebec',
  'british columbia', 'alberta', 'bavaria', 'catalonia', 'sicily', 'sardinia', 'corsica', 'crimea', 'transylvania',
];

/** English for the ner stage: the word lists of the recogniser's gazetteer features (the model is trained on them). */
export const ner: NerLanguage = {
  gazetteer: { organisationWords: ORGANISATION_WORDS, personTitles: PERSON_TITLES, regions: REGIONS },
};
