// A quotation's trailing cue, and the quotations that carry a speaker's words on after a content ends.
import type { Span } from '../../../../model/span.js';
import type { QuoteContext } from '../context.js';
import { contentEnd, hasQuotation, hasSpeechCue, partsOf, quotationStartingAt, reportsWords } from './content.js';
import { speakerAfter, speakerBefore, type TokenRange } from './speaker.js';
import { verbSlot } from './subject.js';
import { readTail } from './tail.js';

/** Longest run of words between a quotation and its trailing cue ("”, Kremlin spokesman Dmitry Peskov said"). */
const MAX_TRAILING_SPEAKER = 12;

/** Longest "Name, appositive," run between a quotation and its trailing cue (tokens). */
const MAX_APPOSITIVE_SPEAKER = 40;

/** Following paragraphs a quotation may carry on into when each opens with more quoted words and no cue. */
const MAX_CONTINUED_PARAGRAPHS = 2;

/** Sentences of narration a quotation continuation may step over inside one paragraph. */
const MAX_NARRATION_SENTENCES = 2;

/**
 * Quotations that carry on the content ending at token `k`: the rest of the sentence (ending at `sentEnd`) is skipped
 * when it holds no quotation, then each quotation opening the next sentence of the same paragraph, with no cue of its
 * own, is taken. Marks them attributed.
 */
export function continuation(ctx: QuoteContext, k: number, sentEnd: number, attributed: Uint8Array): Span[] {
  const parts: Span[] = [];
  if (k >= ctx.tokens.length) return parts;
  let paraEnd = ctx.paraEnd[Math.min(k, ctx.tokens.length - 1)];
  let n = k;
  while (n < paraEnd && /^[,.;:—–-]$/.test(ctx.tokens[n].text)) n++;
  // "“A,” he said, “B.”" resumes at once; otherwise the rest of the cue's sentence is skipped ("told NBC's “Today” on Monday.")
  const sentenceOfK = ctx.tokens[Math.max(0, k - 1)].sentence;
  let sameSentence = n < paraEnd && quotationStartingAt(ctx, n) >= 0 && ctx.tokens[n].sentence === sentenceOfK;
  let lead = -1;
  if (n < paraEnd && quotationStartingAt(ctx, n) < 0 && sentEnd <= paraEnd) {
    // "told The New York Times in 2012, “is that …”": a quotation after a comma later in the sentence resumes it
    let resume = -1;
    for (let i = n + 1; i < sentEnd; i++) {
      if (ctx.quotationOf[i] >= 0) {
        // "“A,” he said, but “B.”": a conjunction before the resumed quotation goes with it
        const conjunction = ctx.lang.clauseCoordinators.has(ctx.lower[i - 1]) && (i - 1 === n || ctx.lower[i - 2] === ',');
        if ((ctx.lower[i - 1] === ',' || ctx.lower[i - 1] === '.' || conjunction) && quotationStartingAt(ctx, i) >= 0) {
          resume = i;
          if (conjunction) lead = i - 1;
        }
        break;
      }
    }
    n = resume >= 0 ? resume : Math.max(n, sentEnd);
    sameSentence = resume >= 0;
  }
  let crossed = 0;
  let skipped = 0;
  for (let guard = 0; guard < 8; guard++) {
    while (n < paraEnd && /^[,.;:—–-]$/.test(ctx.tokens[n].text)) n++;
    if (n >= paraEnd) {
      // the next paragraph may open with more of the same speaker's words
      if (n >= ctx.tokens.length || crossed >= MAX_CONTINUED_PARAGRAPHS) break;
      crossed++;
      paraEnd = ctx.paraEnd[n];
    }
    const next = quotationStartingAt(ctx, n);
    if (next < 0) {
      // "But “Trump’s candidacy is strengthened.”": a sentence closing on more quoted words and with no cue of its own
      const quotedEnd = ctx.sentStart[n] === n ? sentenceEndingInQuotation(ctx, n, attributed) : -1;
      if (quotedEnd > n) {
        parts.push(...partsOf(ctx, n, quotedEnd));
        for (let t = n; t < quotedEnd; t++) if (ctx.quotationOf[t] >= 0) attributed[ctx.quotationOf[t]] = 1;
        n = ctx.sentEnd[n];
        continue;
      }
      // within the first paragraph, a sentence of narration with no cue may stand between two quotations of one speaker
      if (crossed === 0 && skipped < MAX_NARRATION_SENTENCES && ctx.sentStart[n] === n && !hasSpeechCue(ctx, n, ctx.sentEnd[n]) && laterQuotationInParagraph(ctx, ctx.sentEnd[n], paraEnd)) {
        skipped++;
        n = ctx.sentEnd[n];
        continue;
      }
      break;
    }
    if (attributed[next] || trailingCueAfter(ctx, next)) break;
    const [qa, qb] = ctx.quotationTokens[next];
    let partEnd = qb;
    if (guard > 0 || !sameSentence) {
      if (ctx.sentStart[qa] !== qa) break;
      // "“They agree with him, but they aren't there yet” to support him": the sentence's words after it belong too,
      // unless they hold a cue of their own ("“A” is what he told me")
      if (qb < ctx.tokens.length && ctx.sentStart[qb] !== qb && ctx.isWord(qb)) {
        if (hasSpeechCue(ctx, qb, ctx.sentEnd[qa])) break;
        partEnd = contentEnd(ctx, qb, ctx.sentEnd[qa]);
      }
    }
    const from = guard === 0 && lead >= 0 ? lead : qa;
    parts.push(...(partEnd > qb || from < qa ? partsOf(ctx, from, partEnd) : ctx.quotations[next].parts));
    attributed[next] = 1;
    n = partEnd;
  }
  return parts;
}

/** Tokens a sentence may run on after the quotation that closes it ("… to use.” too", a final period). */
const MAX_AFTER_CLOSING_QUOTATION = 2;

/**
 * The content end of the sentence starting at `s0` when it carries a speaker's words on: it holds a quotation not yet
 * attributed that closes it (at most a word or two after), and no cue word or "according to" outside quotations.
 * Otherwise -1.
 */
function sentenceEndingInQuotation(ctx: QuoteContext, s0: number, attributed: Uint8Array): number {
  const s1 = ctx.sentEnd[s0];
  let lastQuoted = -1;
  for (let i = s0; i < s1; i++) {
    const q = ctx.quotationOf[i];
    if (q >= 0) {
      if (attributed[q] || ctx.quotationTokens[q][1] > s1 + 1) return -1;
      lastQuoted = i;
      continue;
    }
    if (reportsWords(ctx, i)) return -1;
  }
  if (lastQuoted < 0 || s1 - 1 - lastQuoted > MAX_AFTER_CLOSING_QUOTATION) return -1;
  for (let i = s0; i < s1; i++) if (ctx.quotationOf[i] >= 0 && trailingCueAfter(ctx, ctx.quotationOf[i])) return -1;
  return contentEnd(ctx, s0, s1);
}

/** True when a sentence starting in [from, paraEnd) opens with a quotation. */
function laterQuotationInParagraph(ctx: QuoteContext, from: number, paraEnd: number): boolean {
  for (let i = from; i < paraEnd; i++) if (ctx.sentStart[i] === i && quotationStartingAt(ctx, i) >= 0) return true;
  return false;
}

/**
 * When quotation `q` goes on the words its sentence opens with, so that the whole sentence is what was said ("The
 * bridge “will open in the spring,” she said"), the first of those words: the sentence start, or the token after a
 * colon or semicolon in it ("Here is one case: The agency “only checks …,” the report says"); else -1. Such a quotation
 * opens lower case inside the sentence (a title is capitalised), and the words before it hold no quotation and no cue
 * of their own ("The report called it “a disaster,” she said").
 */
export function quotedPredicateStart(ctx: QuoteContext, q: number): number {
  const a = ctx.quotationTokens[q][0];
  let s0 = ctx.sentStart[a];
  const inner = ctx.quotations[q].inner.trim();
  // "“…,” she said": the quoted words close on the comma that hands over to the cue
  if (a <= s0 || ctx.paraStart[a] === a || !/^\p{Ll}/u.test(inner) || !inner.endsWith(',')) return -1;
  if (hasQuotation(ctx, s0, a)) return -1;
  for (let i = a - 1; i > s0; i--) {
    if (ctx.lower[i] === ':' || ctx.lower[i] === ';') {
      s0 = i + 1;
      break;
    }
  }
  if (a <= s0) return -1;
  // "Asked whether …": a cue opening the sentence is capitalised
  for (let i = s0; i < a; i++) if (ctx.lang.cueForms.has(ctx.lower[i]) && (i === s0 || !ctx.isCapitalised(i))) return -1;
  return s0;
}

/**
 * True when the words after a cue that closed a quoted predicate (from token `k`) leave the quoted sentence closed:
 * its end, a participle clause (", citing …"), a coordinated predicate (", and are …") or more quoted words. The
 * cue of "Despite his “brash manner,” his lawyer wrote, Lee is a kind man" stands inside the sentence instead.
 */
function closesPredicate(ctx: QuoteContext, k: number): boolean {
  const s1 = ctx.sentEnd[Math.min(k, ctx.tokens.length - 1)];
  if (k >= s1 || ctx.lower[k] !== ',' || k + 1 >= s1) return true;
  const w = ctx.lower[k + 1];
  return (w.endsWith(ctx.lang.gerundEnding) && !ctx.isCapitalised(k + 1)) || ctx.lang.clauseCoordinators.has(w) || quotationStartingAt(ctx, k + 1) >= 0;
}

/** A quotation's trailing cue and speaker, and its quoted predicate's start when the cue had to read it. */
export interface TrailingCue {
  cue: number;
  speaker: TokenRange | null;
  /** quotedPredicateStart of the quotation where it follows no clause opener (and so closes a predicate), else null: not read */
  predicateStart: number | null;
}

/** The cue and speaker right after quotation `q`, or null ("”, he said", "” said Peskov", "?” he asks"). */
export function trailingCueAfter(ctx: QuoteContext, q: number): TrailingCue | null {
  const [a, b] = ctx.quotationTokens[q];
  const inner = ctx.quotations[q].inner.trimEnd();
  // a quotation closed by a period ends its sentence; what follows starts a new one
  if (/\.$/.test(inner) && !/\.\.\.$/.test(inner)) return null;
  let j = b;
  const hi = ctx.paraEnd[a];
  if (j < hi && (ctx.lower[j] === ',' || ctx.lower[j] === '—' || ctx.lower[j] === '--')) j++;
  if (j >= hi || ctx.quotationOf[j] >= 0) return null;
  // the quotation must open its sentence, follow a colon, comma or dash, or carry on the sentence's own words:
  // "Fox News channel's “Sunday Morning Futures,” Issa said" is a title
  const before = a - 1;
  const opensClause = before < 0 || ctx.sentStart[a] === a || ctx.paraStart[a] === a || /^[:,—–(-]$/.test(ctx.tokens[before].text) || ctx.quotationOf[before] >= 0;
  const predicateStart = opensClause ? null : quotedPredicateStart(ctx, q);
  const predicate = predicateStart !== null && predicateStart >= 0;
  if (!opensClause && !predicate) return null;
  const stop = Math.min(hi, ctx.sentEnd[j], j + MAX_APPOSITIVE_SPEAKER);
  const first = ctx.lang.cueForms.get(ctx.lower[j]);
  // "X said: “…,” adding that …": a participle there goes on X's clause with content of its own, it closes no quotation
  if (first && ctx.lower[j].endsWith(ctx.lang.gerundEnding)) return null;
  if (first && first.cls === 'speech' && !ctx.isCapitalised(j) && (!first.particle || ctx.lower[j + 1] === first.particle)) {
    const tail = readTail(ctx, j, stop);
    const speaker = speakerAfter(ctx, tail.cueEnd, stop) ?? speakerAfter(ctx, j + 1, stop);
    // after a quoted predicate, "said X" must close the clause: in "who calls it “a sham,” said he would stay" X is no speaker
    if (predicate && (!speaker || (speaker.end < stop && !/^[,.;:!?—–(-]$/.test(ctx.tokens[speaker.end].text)) || !closesPredicate(ctx, speaker.end))) return null;
    return { cue: j, speaker, predicateStart };
  }
  // a quoted predicate is closed only by "X said" right after it, never by a cue after a description or more words
  if (predicate) {
    for (let m = j + 1; m < Math.min(stop, j + MAX_TRAILING_SPEAKER); m++) {
      const entry = ctx.lang.cueForms.get(ctx.lower[m]);
      if (!entry || entry.cls !== 'speech' || ctx.isCapitalised(m) || entry.particle || entry.infinitive) continue;
      if (ctx.lang.nounLikeCues.has(ctx.lower[m]) && !verbSlot(ctx, m)) continue;
      const speaker = speakerBefore(ctx, m, j);
      return speaker && speaker.first === j && closesPredicate(ctx, readTail(ctx, m, stop).next) ? { cue: m, speaker, predicateStart } : null;
    }
    return null;
  }
  for (let m = j + 1; m < stop; m++) {
    if (ctx.quotationOf[m] >= 0) break;
    const entry = ctx.lang.cueForms.get(ctx.lower[m]);
    if (!entry || entry.cls === 'stance' || ctx.isCapitalised(m)) continue;
    // "”, Scott Pruitt, attorney general of one of the states suing, said": a noun use is no cue
    if (ctx.lang.nounLikeCues.has(ctx.lower[m]) && !verbSlot(ctx, m)) continue;
    if (entry.particle && ctx.lower[m + 1] !== entry.particle) continue;
    if (entry.infinitive) continue;
    const speaker = m - j <= MAX_TRAILING_SPEAKER ? speakerBefore(ctx, m, j) : null;
    if (speaker && speaker.first === j) return { cue: m, speaker, predicateStart };
    // "”, another friend, Mariam Emara told CNN": a description, a comma, then the name
    // (a pronoun has no description: "” income, he said" goes on the quoted sentence)
    if (speaker && speaker.first - 1 > j && ctx.lower[speaker.first - 1] === ',' && !ctx.lang.speakerPronouns.has(ctx.lower[speaker.first])) {
      const description = speakerAfter(ctx, j, speaker.first - 1);
      if (description && description.end === speaker.first - 1) return { cue: m, speaker, predicateStart };
    }
    // "”, Ramos, 58, told AFP" / "”, Morton Blackwell, the committeeman from Virginia, said": the name before the appositive
    const name = speakerAfter(ctx, j, m);
    if (name && ctx.lower[name.end] === ',' && (ctx.isCapitalised(j) || ctx.lang.speakerPronouns.has(ctx.lower[j]) || ctx.lang.determiners.has(ctx.lower[j]))) {
      let c = m - 1;
      while (c > name.end && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[c])) c--;
      if (c > name.end && ctx.lower[c] === ',') return { cue: m, speaker: name, predicateStart };
    }
    break;
  }
  return null;
}
