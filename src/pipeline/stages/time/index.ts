import type { Doc, Token } from '../../../model/doc.js';
import type { SentenceRecord } from '../../../model/extraction.js';
import type { TemporalAnchor, TimexRecord } from '../../../model/layers/time.js';
import { LANGUAGE_PACKS, languagePackFor } from '../../../lang/index.js';
import type { TimeLanguage } from '../../../lang/types.js';
import type { Stage } from '../../stage.js';
import { segmentText } from '../segment/index.js';
import { formatDay, parseIsoDate, precisionOf, type CalendarDate } from './calendar.js';
import { clockDayRefiner } from './refiners/clock-day.js';
import { discourseRefiner } from './refiners/discourse.js';
import { overlapRefiner } from './refiners/overlap.js';
import { rangeRefiner } from './refiners/range.js';
import { TenseIndex } from './tense.js';
import type { TimexCandidate, TimexContext, TimexParser, TimexRefiner } from './types.js';

/** The configuration is data (as chrono's): the pack's parsers in tie-break priority order, then refiners in order. */
export function createTimexRefiners(parsers: TimexParser[], lang: TimeLanguage): TimexRefiner[] {
  return [overlapRefiner(parsers.map((p) => p.name)), clockDayRefiner(lang), rangeRefiner(lang), discourseRefiner()];
}

export interface TimexTagger {
  /** Time expressions of `text` anchored on `published`, using the given sentences and tokens for tense. */
  tag(text: string, published: string, tokens: Token[], sentences: SentenceRecord[]): TimexRecord[];
}

/** Compiles every pattern of a language once (English unless told); `tag` is then a pure function of its inputs. */
export function createTimexTagger(lang: TimeLanguage = languagePackFor('en')!.time): TimexTagger {
  const parsers = lang.parsers();
  const refiners = createTimexRefiners(parsers, lang);
  return {
    tag(text, published, tokens, sentences) {
      const dct = parseIsoDate(published);
      if (!dct) return [];
      const tense = new TenseIndex(tokens, sentences, lang.tense);
      const ctx: TimexContext = { text, dct, tenseAt: (start, end) => tense.tenseAt(start, end) };
      let candidates: TimexCandidate[] = [];
      for (const parser of parsers) {
        if (parser.gate && !parser.gate.test(text)) continue;
        const pattern = parser.pattern;
        pattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = pattern.exec(text)) !== null) {
          const found = parser.extract(m, ctx);
          if (found) candidates.push(found);
          // a rejected match may hide a shorter one starting inside it; an empty match must still move on
          else pattern.lastIndex = m.index + 1;
          if (m[0].length === 0) pattern.lastIndex++;
        }
      }
      for (const refiner of refiners) candidates = refiner.refine(candidates, ctx);
      return candidates.map((c, i) => ({
        id: `t${i + 1}`,
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        type: c.type,
        value: c.value,
        mod: c.mod,
        range: c.range,
        confidence: c.confidence,
      }));
    },
  };
}

/**
 * The date an event in each sentence most likely refers to: its first time expression with a calendar value,
 * else the publication date (timex null).
 */
export function sentenceAnchors(sentences: SentenceRecord[], timexes: TimexRecord[], dct: CalendarDate): TemporalAnchor[] {
  const published: TemporalAnchor = { value: formatDay(dct), precision: 'day', timex: null };
  let t = 0;
  return sentences.map((s) => {
    while (t < timexes.length && timexes[t].end <= s.start) t++;
    for (let i = t; i < timexes.length && timexes[i].start < s.end; i++) {
      const x = timexes[i];
      if (x.type !== 'DATE' && x.type !== 'TIME') continue;
      const precision = precisionOf(x.value);
      if (precision !== 'unknown') return { value: x.value, precision, timex: x.id };
    }
    return published;
  });
}

/** Convenience for tests and one-off calls: segment `text` and tag it. */
export function tagTimexes(text: string, published: string, tagger: TimexTagger = createTimexTagger()): TimexRecord[] {
  const { sentences, tokens } = segmentText(text);
  return tagger.tag(text, published, tokens, sentences);
}

/** The time stage: fills `doc.timexes` and each sentence's temporal anchor. */
export function createTimeStage(): Stage {
  // each language pack's patterns, compiled once with the pipeline
  const taggers = new Map(LANGUAGE_PACKS.map((p) => [p.time, createTimexTagger(p.time)]));
  return {
    name: 'time',
    run(doc: Doc) {
      const tagger = taggers.get(doc.pack.time)!;
      const dct = parseIsoDate(doc.article.published);
      if (!dct) {
        doc.timexes = [];
        return;
      }
      doc.timexes = tagger.tag(doc.text, doc.article.published, doc.tokens, doc.sentences);
      const anchors = sentenceAnchors(doc.sentences, doc.timexes, dct);
      doc.sentences.forEach((s, i) => (s.anchor = anchors[i]));
    },
  };
}
