/**
 * Month names and their usual abbreviations, by language, lower-case, with and without diacritics where pages write
 * both. A date with a written month is recognised in any of these languages whatever the page declares: the name
 * itself says which month it is, and no two languages give one spelling different months.
 */
export const MONTH_NAMES: Record<string, string[][]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jaenner', 'jän'], ['februar', 'feber'], ['märz', 'maerz', 'mrz', 'mär'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout', 'aoû'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'],
    ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
  ],
  pt: [
    ['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'],
    ['julho'], ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  sv: [
    ['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'],
    ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  da: [
    ['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  pl: [
    ['stycznia', 'styczeń', 'styczen'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  tr: [
    ['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'],
    ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik'],
  ],
  ru: [
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ],
};

/** Every spelling to its month number (1-12). */
export const MONTH_BY_NAME: Map<string, number> = (() => {
  const map = new Map<string, number>();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((spellings, i) => {
      for (const s of spellings) {
        const known = map.get(s);
        if (known !== undefined && known !== i + 1) throw new Error(`month spelling "${s}" means two months`);
        map.set(s, i + 1);
      }
    });
  }
  return map;
})();

/** One regex alternation of every spelling, longest first so "sept" is not read as "sep" + "t". */
export const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
