import type { Doc } from '../../model/doc.js';
import type { QuoteRecord } from '../../model/layers/quotes.js';
import type { Span } from '../../model/span.js';
import { entityAtSpan } from '../../pipeline/stages/quotes/resolve.js';
import { prf, round } from '../metrics.js';
import type { GoldAttribution } from './polnear.js';

/** The two content-overlap thresholds of the Gender Gap Tracker evaluation. */
export const THRESHOLDS = [0.3, 0.8] as const;

const QUOTE_MARK = /["“”„«»]|''|``/;

/** Counts of one subset (direct or all) at one threshold. */
export interface SubsetCounts {
  tp: number;
  fp: number;
  fn: number;
  speakerMatch: number;
  cueMatch: number;
  cueExact: number;
}

export type Counts = Record<'direct' | 'all', Record<string, SubsetCounts>>;

export function emptyCounts(): Counts {
  const one = (): Record<string, SubsetCounts> => Object.fromEntries(THRESHOLDS.map((t) => [String(t), { tp: 0, fp: 0, fn: 0, speakerMatch: 0, cueMatch: 0, cueExact: 0 }]));
  return { direct: one(), all: one() };
}

/** One scored pair or miss, for error analysis. */
export interface QuoteMismatch {
  kind: 'missed' | 'spurious' | 'speaker' | 'cue';
  subset: 'direct' | 'all';
  gold?: { content: string; source: string; cue: string };
  predicted?: { content: string; speaker: string | null; cue: string | null; rule?: string };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Indices of the word tokens (letters or digits) of `doc` inside `spans`. */
function wordTokensIn(doc: Doc, spans: Span[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
    if (spans.some((s) => t.start < s.end && s.start < t.end)) out.push(i);
  }
  return out;
}

/**
 * Scores one document as the Gender Gap Tracker evaluation does: gold quotations in text order each take the
 * remaining prediction that covers the largest share of the gold content's word tokens, when that share reaches the
 * threshold; unmatched gold are misses, unmatched predictions spurious. Speaker accuracy on matched pairs: the
 * predicted speaker words overlap the gold Source, or name the same entity. Cue accuracy: the cue spans overlap.
 */
export function scoreDocument(doc: Doc, gold: GoldAttribution[], predicted: QuoteRecord[], counts: Counts, mismatches?: QuoteMismatch[], recordAt: number = THRESHOLDS[0]): void {
  const goldTokens = gold.map((g) => wordTokensIn(doc, g.content));
  const predTokens = predicted.map((p) => new Set(wordTokensIn(doc, p.parts)));
  const goldDirect = gold.map((g) => g.content.some((s) => QUOTE_MARK.test(doc.text.slice(s.start, s.end))));
  const predDirect = predicted.map((p) => QUOTE_MARK.test(p.text));
  const goldOrder = gold.map((_, i) => i).sort((a, b) => gold[a].content[0].start - gold[b].content[0].start);
  for (const subset of ['direct', 'all'] as const) {
    for (const threshold of THRESHOLDS) {
      const c = counts[subset][String(threshold)];
      const free = new Set(predicted.map((_, i) => i).filter((i) => subset === 'all' || predDirect[i]));
      for (const gi of goldOrder) {
        if (subset === 'direct' && !goldDirect[gi]) continue;
        const g = gold[gi];
        const tokens = goldTokens[gi];
        if (!tokens.length) continue;
        let best = -1;
        let bestScore = 0;
        for (const pi of free) {
          let covered = 0;
          for (const t of tokens) if (predTokens[pi].has(t)) covered++;
          const score = covered / tokens.length;
          // equal coverage: the tighter prediction wins (a nested attribution over the sentence that holds it)
          if (score >= threshold && (score > bestScore || (score === bestScore && predTokens[pi].size < predTokens[best].size))) {
            best = pi;
            bestScore = score;
          }
        }
        const record = mismatches && threshold === recordAt;
        if (best < 0) {
          c.fn++;
          if (record) mismatches.push({ kind: 'missed', subset, gold: describeGold(doc, g) });
          continue;
        }
        free.delete(best);
        c.tp++;
        const p = predicted[best];
        const speakerOk = speakerMatches(doc, g, p);
        if (speakerOk) c.speakerMatch++;
        else if (record) mismatches.push({ kind: 'speaker', subset, gold: describeGold(doc, g), predicted: describePrediction(p) });
        if (p.cue && g.cue.some((s) => overlaps(s, p.cue!))) c.cueMatch++;
        if (p.cue && g.cue.length && p.cue.text.toLowerCase().trim() === g.cue.map((s) => doc.text.slice(s.start, s.end)).join(' ').toLowerCase().trim()) c.cueExact++;
      }
      c.fp += free.size;
      if (mismatches && threshold === recordAt) for (const pi of free) mismatches.push({ kind: 'spurious', subset, predicted: describePrediction(predicted[pi]) });
    }
  }
}

/** The predicted speaker is right when its words overlap the gold Source, or it names the entity the Source names. */
function speakerMatches(doc: Doc, g: GoldAttribution, p: QuoteRecord): boolean {
  if (!g.source.length) return p.speakerSpan === null;
  if (!p.speakerSpan) return false;
  if (g.source.some((s) => overlaps(s, p.speakerSpan!))) return true;
  if (!p.speaker) return false;
  return g.source.some((s) => entityAtSpan(doc, s)?.id === p.speaker);
}

function describeGold(doc: Doc, g: GoldAttribution) {
  const t = (spans: Span[]) => spans.map((s) => doc.text.slice(s.start, s.end)).join(' | ');
  return { content: t(g.content), source: t(g.source), cue: t(g.cue) };
}

function describePrediction(p: QuoteRecord) {
  return { content: p.text, speaker: p.speakerText, cue: p.cue?.text ?? null };
}

/** Precision, recall, F1 per threshold, speaker and cue accuracy on the pairs matched at 0.3. */
export function quoteMetrics(counts: Counts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const subset of ['direct', 'all'] as const) {
    const m: Record<string, number> = {};
    for (const threshold of THRESHOLDS) {
      const c = counts[subset][String(threshold)];
      const r = prf(c.tp, c.fp, c.fn);
      const key = threshold === 0.3 ? 'At03' : 'At08';
      m[`precision${key}`] = r.precision;
      m[`recall${key}`] = r.recall;
      m[`f1${key}`] = r.f1;
      m[`speakerAccuracy${key}`] = c.tp ? round(c.speakerMatch / c.tp) : 0;
    }
    const c03 = counts[subset]['0.3'];
    m.speakerAccuracy = c03.tp ? round(c03.speakerMatch / c03.tp) : 0;
    m.cueAccuracy = c03.tp ? round(c03.cueMatch / c03.tp) : 0;
    m.cueExactAccuracy = c03.tp ? round(c03.cueExact / c03.tp) : 0;
    m.gold = c03.tp + c03.fn;
    m.predicted = c03.tp + c03.fp;
    out[subset] = m;
  }
  return out;
}
