import type { QuoteContext } from '../context.js';
import { contentEnd, hasQuotation, hasSpeechCue, partsOf } from '../shared/content.js';
import { continuation, quotedPredicateStart, trailingCueAfter } from '../shared/continuation.js';
import type { TokenRange } from '../shared/speaker.js';
import { parsedAsAdverb, parsedAsVerb } from '../shared/parse.js';
import { readQuotedBy, readTail } from '../shared/tail.js';
import type { AttributionRule, AttributionState } from './rule.js';

/** A quotation closed by a cue and its speaker is the surest attribution news prints. */
const TRAILING_CONFIDENCE = 0.9;

/** “…,” said X / “…,” X said [, as quoted by M] [, “…”]: the quotation is the content. */
function trailingCues(ctx: QuoteContext, { found, usedCue, attributed }: AttributionState): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (a >= b) continue;
    const hit = trailingCueAfter(ctx, q);
    if (!hit) continue;
    usedCue[hit.cue] = 1;
    attributed[q] = 1;
    let parts = [...ctx.quotations[q].parts];
    // "With thousands of systems, “there is no single point of failure,” he said": the lead-in is part of what was said,
    // and so is the subject of "The bridge “will open in the spring,” she said"
    const s0 = ctx.sentStart[a];
    // trailingCueAfter reads the predicate start only for a quotation inside its clause; one after a comma may have one too
    const subject = hit.predicateStart ?? quotedPredicateStart(ctx, q);
    const predicate = subject >= 0;
    if (a > s0 + 1 && ctx.lower[a - 1] === ',' && !hasSpeechCue(ctx, s0, a - 1) && !hasQuotation(ctx, s0, a - 1)) parts.unshift(...partsOf(ctx, s0, a - 1));
    else if (predicate) parts = partsOf(ctx, subject, b);
    const tail = readTail(ctx, hit.cue, ctx.sentEnd[hit.cue]);
    let k = Math.max(tail.next, hit.speaker ? hit.speaker.end : 0);
    const mediumAfter = readQuotedBy(ctx, k, ctx.sentEnd[Math.min(k, ctx.tokens.length - 1)]);
    let medium = tail.medium;
    if (mediumAfter) {
      medium = mediumAfter.medium;
      k = mediumAfter.next;
    }
    // "“A,” he said of the industry.": what the words were about is part of the content, "of" part of the cue
    let cueEnd = tail.cueEnd;
    const s1 = ctx.sentEnd[hit.cue];
    const lemma = ctx.lang.cueForms.get(ctx.lower[hit.cue])?.lemma;
    if (k === tail.cueEnd && k + 1 < s1 && lemma !== undefined && ctx.lower[k] === ctx.lang.cueTopicPrepositions.get(lemma)) {
      let end = k + 1;
      while (end < s1 && ctx.quotationOf[end] < 0 && !/^[,.;:!?—–]$/.test(ctx.lower[end])) end++;
      if (end - (k + 1) >= 1) {
        parts.push(...partsOf(ctx, k + 1, end));
        cueEnd = k + 1;
        k = end;
      }
    }
    // "“Only you,” she said, would use the occasion …": the quoted subject's sentence goes on after the cue
    const rest = clauseAfterCue(ctx, k, ctx.sentEnd[hit.cue]) ?? (predicate ? coordinatedPredicateAfterCue(ctx, k, ctx.sentEnd[hit.cue]) : null);
    if (rest) {
      parts.push(...partsOf(ctx, rest.first, rest.end));
      for (let t = rest.first; t < rest.end; t++) if (ctx.quotationOf[t] >= 0) attributed[ctx.quotationOf[t]] = 1;
      k = rest.end;
    }
    // a quotation that resumes after the cue belongs to the same speaker ("“A,” he said with a laugh. “B.”")
    parts.push(...continuation(ctx, k, ctx.sentEnd[hit.cue], attributed));
    found.push({ parts, cue: { first: hit.cue, end: cueEnd }, speaker: hit.speaker, medium, confidence: TRAILING_CONFIDENCE, rule: 'trailing' });
  }
}

/**
 * After a trailing cue at `k`: ", would use the occasion …" (a lower-case verb phrase with no quotation, cue or
 * aside opener running to the sentence end) continues the quoted words, or null.
 */
function clauseAfterCue(ctx: QuoteContext, k: number, s1: number): TokenRange | null {
  if (ctx.lower[k] !== ',' || k + 1 >= s1) return null;
  const first = k + 1;
  const w = ctx.lower[first];
  if (!ctx.isWord(first) || ctx.isCapitalised(first) || ctx.lang.asideAfterCue.has(w) || w.endsWith(ctx.lang.gerundEnding) || ctx.lang.cueForms.has(w)) return null;
  for (let i = first; i < s1; i++) {
    if (ctx.quotationOf[i] >= 0 || (ctx.lang.cueForms.has(ctx.lower[i]) && !ctx.isCapitalised(i))) return null;
  }
  const end = contentEnd(ctx, first, s1);
  return end - first >= 2 ? { first, end } : null;
}

/**
 * After a trailing cue at `k` that closed a quoted predicate: ", and are moving away from …" (a conjunction, then a verb
 * with no subject of its own) is more of the same subject's predicate, or null.
 */
function coordinatedPredicateAfterCue(ctx: QuoteContext, k: number, s1: number): TokenRange | null {
  const first = k + 1;
  if (ctx.lower[k] !== ',' || !ctx.lang.clauseCoordinators.has(ctx.lower[first]) || first + 2 >= s1) return null;
  // "and still “got to keep …”": an adverb may stand before the verb, which may open a quotation
  let verb = first + 1;
  if (ctx.quotationOf[verb] < 0 && parsedAsAdverb(ctx, verb)) verb++;
  if (ctx.quotationOf[verb] >= 0 && ctx.isQuoteMark(verb)) verb++;
  if (!ctx.isWord(verb) || ctx.isCapitalised(verb) || ctx.lang.speakerPronouns.has(ctx.lower[verb]) || ctx.lang.determiners.has(ctx.lower[verb]) || !parsedAsVerb(ctx, verb)) return null;
  if (hasSpeechCue(ctx, first, s1)) return null;
  const end = contentEnd(ctx, first, s1);
  return end - first >= 3 ? { first, end } : null;
}

export const trailing: AttributionRule = { name: 'trailing', apply: trailingCues };
