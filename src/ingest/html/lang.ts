import { francAll } from 'franc-min';

/** ISO 639-3 (as franc-min names its languages) to ISO 639-1; macrolanguage members map to the macrolanguage's code. */
const ISO639_3_TO_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', ceb: 'ceb', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs',
  run: 'rn', plt: 'mg', qug: 'qu', mad: 'mad', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln',
  som: 'so', hms: 'hms', hnj: 'hnj', ilo: 'ilo', rus: 'ru', ukr: 'uk', koi: 'kv', bel: 'be', bul: 'bg', kaz: 'kk',
  arb: 'ar', urd: 'ur', pes: 'fa', skr: 'pa', pbu: 'ps', hin: 'hi', mar: 'mr', mai: 'mai', bho: 'bho', npi: 'ne',
  mag: 'mag', cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

/** Text shorter than this gives franc too few trigrams to tell languages apart. */
const MIN_DETECT_CHARS = 40;
/** franc scores are relative to the best (1.0); a declared language this close to the best is believed. */
const DECLARED_SCORE_FLOOR = 0.85;
/** franc reads at most 2048 characters anyway; a sample from the body keeps it fast. */
const SAMPLE_CHARS = 2048;

export function iso639_1(code3: string): string | undefined {
  return ISO639_3_TO_1[code3];
}

/**
 * ISO 639-1 language of a text: franc-min's guess, unless the page's declared language scores close to it
 * (franc confuses close languages on short texts; a page's own lang attribute is then the better word).
 */
export function detectLanguage(text: string, declared?: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_DETECT_CHARS) return declared ?? 'und';
  const ranked = francAll(sample, { minLength: MIN_DETECT_CHARS });
  const best = ranked[0];
  if (!best || best[0] === 'und') return declared ?? 'und';
  if (declared) {
    const declaredScore = ranked.find(([code]) => iso639_1(code) === declared)?.[1];
    if (declaredScore !== undefined && declaredScore >= DECLARED_SCORE_FLOOR) return declared;
  }
  return iso639_1(best[0]) ?? declared ?? 'und';
}
