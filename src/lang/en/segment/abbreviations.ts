/**
 * Abbreviations that end with a full stop but do not end a sentence when a capitalised word follows
 * (titles before names, month and street abbreviations). Lower-cased, without the final stop.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'hon', 'amb', 'supt', 'insp', 'det', 'st', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'fig', 'dept', 'univ', 'assn', 'bros', 'est', 'inc', 'corp', 'ltd', 'co',
  'jr', 'sr', 'messrs', 'mme', 'mlle', 'sgt', 'ph', 'a.m', 'p.m',
]);

/** Abbreviations that often end a sentence too: split after them only when a sentence-opening word follows. */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'etc', 'jr', 'sr', 'a.m', 'p.m']);

/** Words that open sentences; after an acronym such as "U.S." one of them signals a sentence break. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'their', 'its', 'our', 'my',
  'some', 'many', 'most', 'no', 'not', 'however', 'meanwhile', 'officials', 'earlier', 'later', 'last', 'since', 'for',
  'what', 'why', 'how', 'who', 'where', 'asked', 'also', 'both', 'one', 'two', 'three',
]);
