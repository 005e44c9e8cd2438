// Where a content starts and ends, and its character parts: what every attribution rule needs.
import type { Span } from '../../../../model/span.js';
import type { QuoteContext } from '../context.js';
import type { Attribution } from '../rules/rule.js';
import { holdsPredicate } from './parse.js';
import { speakerBefore, type TokenRange } from './speaker.js';

/** Content end: the sentence end without its final period, or the end of a quotation that runs past it. */
export function contentEnd(ctx: QuoteContext, from: number, sentEnd: number): number {
  let end = sentEnd;
  for (let i = from; i < sentEnd; i++) {
    const q = ctx.quotationOf[i];
    if (q >= 0 && ctx.quotationTokens[q][1] > end) end = ctx.quotationTokens[q][1];
    // "…, adding that …" / "…, saying …" / "“…,” adding": a new attribution of the same speaker starts (the gerund rule)
    if (q < 0 && ctx.lower[i] === ',' && i + 1 < sentEnd && gerundCue(ctx, i + 1)) {
      end = i;
      break;
    }
    // "X, who asked for the tapes, watched them, lawyers for the family said.": the sentence's own attribution closes it
    if (q < 0 && ctx.lower[i] === ',' && closingAttribution(ctx, i + 1, sentEnd)) {
      end = i;
      break;
    }
    if (q >= 0 && i + 1 < sentEnd && ctx.quotationTokens[q][1] === i + 1 && closesWithComma(ctx, i) && gerundCue(ctx, i + 1)) {
      end = i + 1;
      break;
    }
  }
  while (end > from && /^[.!?;:]$/.test(ctx.tokens[end - 1].text) && ctx.quotationOf[end - 1] < 0) end--;
  return end;
}

/** True when tokens [first, sentEnd) are only a speaker and a past speech cue ending the sentence ("officials said."). */
function closingAttribution(ctx: QuoteContext, first: number, sentEnd: number): boolean {
  let cue = sentEnd - 1;
  while (cue > first && /^[.!?]$/.test(ctx.lower[cue])) cue--;
  const entry = ctx.lang.cueForms.get(ctx.lower[cue]);
  if (!entry || entry.cls !== 'speech' || ctx.isCapitalised(cue) || !ctx.lang.pastCueForm.test(ctx.lower[cue]) || ctx.quotationOf[cue] >= 0) return false;
  return speakerBefore(ctx, cue, first)?.first === first;
}

/** True when token `i` ends a quotation whose words close on a comma ("“…maniacal,”"). */
export function closesWithComma(ctx: QuoteContext, i: number): boolean {
  const q = ctx.quotationOf[i];
  return q >= 0 && ctx.quotationTokens[q][1] === i + 1 && ctx.quotations[q].inner.trimEnd().endsWith(',');
}

/** True when token `i` is the -ing form of a speech cue ("adding", "saying", "noting"), lower case, outside quotations. */
function gerundCue(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i];
  if (!w.endsWith(ctx.lang.gerundEnding) || ctx.isCapitalised(i) || ctx.quotationOf[i] >= 0) return false;
  const entry = ctx.lang.cueForms.get(w);
  return entry !== undefined && entry.cls === 'speech' && !entry.particle && !entry.infinitive;
}

/** Character parts of tokens [first, end), split at line breaks so that a quotation over paragraphs keeps one part a paragraph. */
export function partsOf(ctx: QuoteContext, first: number, end: number): Span[] {
  const parts: Span[] = [];
  let a = first;
  for (let i = first + 1; i <= end; i++) {
    if (i === end || ctx.paragraphOf[i] !== ctx.paragraphOf[i - 1]) {
      parts.push(ctx.span(a, i));
      a = i;
    }
  }
  return parts;
}

/** The index of the quotation starting exactly at token `i` (after an optional comma or period), or -1. */
export function quotationStartingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quotationOf[i];
  return q >= 0 && ctx.quotationTokens[q][0] === i ? q : -1;
}

/** After ", " at `k`: the rest of the sentence as a content piece, or null. */
export function afterComma(ctx: QuoteContext, k: number, s1: number): TokenRange | null {
  if (ctx.lower[k] !== ',') return null;
  // ", adding that …" is an attribution of its own (the gerund rule)
  const next = ctx.lang.cueForms.get(ctx.lower[k + 1] ?? '');
  if (next && ctx.lower[k + 1].endsWith(ctx.lang.gerundEnding)) return null;
  const end = contentEnd(ctx, k + 1, s1);
  if (end - (k + 1) < 2) return null;
  // "…, according to Mark Bell, the union's president[, “…”]": a noun phrase with no verb is the speaker's apposition
  let comma = k + 1;
  while (comma < end && ctx.lower[comma] !== ',' && ctx.quotationOf[comma] < 0) comma++;
  const lead = { first: k + 1, end: comma };
  if (holdsPredicate(ctx, lead) || (comma < end && ctx.lower[comma] !== ',')) return { first: k + 1, end };
  return comma < end ? afterComma(ctx, comma, s1) : null;
}

/** Token `i` reports someone's words: a lower-case cue form, or the head of a source phrase ("according"). */
export function reportsWords(ctx: QuoteContext, i: number): boolean {
  return ctx.lower[i] === ctx.lang.sourcePhrase.head || (ctx.lang.cueForms.has(ctx.lower[i]) && !ctx.isCapitalised(i));
}

/** The first token from `k` (before `s1`) that is no comma, colon or dash: where the content after a cue starts. */
export function pastSeparators(ctx: QuoteContext, k: number, s1: number): number {
  let next = k;
  while (next < s1 && /^[,:—–-]$/.test(ctx.tokens[next].text)) next++;
  return next;
}

/** True when tokens [from, to) hold a lower-case speech cue outside quotations. */
export function hasSpeechCue(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (ctx.quotationOf[i] >= 0 || ctx.isCapitalised(i)) continue;
    const e = ctx.lang.cueForms.get(ctx.lower[i]);
    if (e && e.cls === 'speech' && !ctx.lang.nounLikeCues.has(ctx.lower[i])) return true;
  }
  return false;
}

/** True when tokens [from, to) hold part of a quotation. */
export function hasQuotation(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.quotationOf[i] >= 0) return true;
  return false;
}

/** Marks every quotation that lies inside some attribution's content. */
export function markAttributed(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  for (const a of found) {
    for (const p of a.parts) {
      for (let t = ctx.tokenAtOrAfter(p.start); t < ctx.tokens.length && ctx.tokens[t].start < p.end; t++) {
        if (ctx.quotationOf[t] >= 0) attributed[ctx.quotationOf[t]] = 1;
      }
    }
  }
}
