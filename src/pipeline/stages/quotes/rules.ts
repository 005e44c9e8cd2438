import type { Span } from '../../../model/span.js';
import type { QuoteContext } from './context.js';
import { speakerAfter, speakerBefore, type TokenRange } from './speaker.js';

/** One attribution found by a rule, in tokens and character spans, before speaker resolution. */
export interface Attribution {
  /** content pieces (character spans), in text order */
  parts: Span[];
  cue: TokenRange | null;
  speaker: TokenRange | null;
  medium: TokenRange | null;
  /** how sure the rule is that this is an attribution with this speaker */
  confidence: number;
  /** which rule found it (for error analysis) */
  rule: string;
}

/** A floating quotation borrows the last speaker: right more often than not in news, but never sure. */
const FLOATING_CONFIDENCE = 0.5;
/** A quotation standing alone with no speaker in reach: a quotation for sure, its speaker unknown. */
const UNATTRIBUTED_CONFIDENCE = 0.2;
/** Paragraphs back a floating quotation may look for its speaker (news keeps a speaker's quotes together). */
const FLOATING_LOOKBACK_PARAGRAPHS = 2;
/** Longest run of words between a quotation and its trailing cue ("”, Kremlin spokesman Dmitry Peskov said"). */
const MAX_TRAILING_SPEAKER = 12;
/** Following paragraphs a quotation may carry on into when each opens with more quoted words and no cue. */
const MAX_CONTINUED_PARAGRAPHS = 2;
/** Sentences of narration a quotation continuation may step over inside one paragraph. */
const MAX_NARRATION_SENTENCES = 2;
/** Longest "Name, appositive," run between a quotation and its trailing cue (tokens). */
const MAX_APPOSITIVE_SPEAKER = 40;
/** Words between a cue and the content it may skip as a hearer ("told The Associated Press"). */
const MAX_HEARER_TOKENS = 6;

interface Tail {
  /** one past the last token of the cue phrase */
  cueEnd: number;
  /** where the content may start */
  next: number;
  medium: TokenRange | null;
}

/** Reads what follows a cue: particles, time words, "in a statement", a hearer ("told reporters"), a medium. */
function readTail(ctx: QuoteContext, cue: number, hi: number): Tail {
  const entry = ctx.lang.cueForms.get(ctx.lower[cue]);
  let k = cue + 1;
  let medium: TokenRange | null = null;
  if (entry && (ctx.lang.cueParticles[entry.lemma]?.includes(ctx.lower[k] ?? '') || entry.particle === ctx.lower[k])) k++;
  let cueEnd = k;
  for (let guard = 0; guard < 4 && k < hi; guard++) {
    const w = ctx.lower[k];
    if (ctx.lang.dayWords.has(w) && !ctx.lang.possessiveClitics.has(ctx.lower[k + 1])) k++;
    else if (ctx.lang.timeLeads.has(w) && k + 1 < hi && (ctx.lang.dayWords.has(ctx.lower[k + 1]) || ctx.lang.periodWords.has(ctx.lower[k + 1]))) k += 2;
    else if (ctx.lang.channelPrepositions.has(w) && k + 1 < hi) {
      // "in a statement", "in an interview with CNN", "on Twitter", "on CNN's State of the Union"
      let m = k + 1;
      while (m < hi && m - k <= 3 && ctx.lang.channelModifiers.has(ctx.lower[m])) m++;
      if (m < hi && ctx.lang.channelNouns.has(ctx.lower[m])) {
        k = m + 1;
        if (ctx.lang.channelLinks.has(ctx.lower[k]) && k + 1 < hi) {
          const np = speakerAfter(ctx, k + 1, hi);
          if (np && isMedium(ctx, np)) medium = np;
          if (np) k = np.end;
        }
      } else if (w === 'on' && m < hi && ctx.isCapitalised(m)) {
        const np = speakerAfter(ctx, m, hi);
        if (np && isMedium(ctx, np)) {
          medium = np;
          k = np.end;
        } else break;
      } else break;
    } else break;
    cueEnd = k;
  }
  if (entry?.hearer && k < hi) {
    const w = ctx.lower[k];
    // "urged him to resign", "called on leaders to act": the hearer of a request is part of what was asked
    if (entry.lemma !== 'tell' && hearerThenInfinitive(ctx, k, hi)) {
      // the content starts at the hearer
    } else if (ctx.lang.objectPronouns.has(w)) k++;
    else if (ctx.isWord(k) && w !== 'that' && !ctx.lang.speakerPronouns.has(w)) {
      const np = speakerAfter(ctx, k, Math.min(hi, k + MAX_HEARER_TOKENS));
      if (np) {
        // "told The Hill a Clinton loss is …" / "told Fox News he would run": a second determiner (not inside a name
        // such as "State of the Union") or a subject pronoun starts the content
        for (let d = np.first + 1; d < np.end; d++) {
          const article = (ctx.lower[d] === 'a' || ctx.lower[d] === 'an' || ctx.lower[d] === 'the') && !ctx.lang.insideName.has(ctx.lower[d - 1]);
          const possessive = ctx.lang.possessiveClitics.has(ctx.lower[d]);
          if (article || possessive || (ctx.lang.speakerPronouns.has(ctx.lower[d]) && !ctx.isCapitalised(d) && ctx.lower[d] !== 'it')) {
            np.end = d;
            break;
          }
        }
        k = np.end;
        // "told ABC’s “Good Morning America” on Monday": the programme of the hearer, then its time
        if (ctx.lang.possessiveClitics.has(ctx.lower[k]) && k + 1 < hi) {
          const q = quotationStartingAt(ctx, k + 1);
          if (q >= 0) k = ctx.quotationTokens[q][1];
          else {
            // a capitalised title, with "of the" inside it ("State of the Union")
            let t = k + 1;
            while (t < hi) {
              if (ctx.isCapitalised(t)) t++;
              else {
                let u = t;
                while (u < hi && ctx.lang.insideName.has(ctx.lower[u])) u++;
                if (u > t && u < hi && ctx.isCapitalised(u)) t = u;
                else break;
              }
            }
            // "told Trump’s campaign that …": a lower-case noun phrase after the possessive
            if (t === k + 1) t = speakerAfter(ctx, k + 1, Math.min(hi, k + 1 + MAX_HEARER_TOKENS))?.end ?? k + 1;
            k = t;
          }
          if (ctx.lower[k] === 'on' && k + 1 < hi && ctx.lang.dayWords.has(ctx.lower[k + 1])) k += 2;
          np.end = k;
        }
        if (isMedium(ctx, np)) medium = np;
      }
    }
  }
  // ", as quoted by the TASS news agency" / ", according to CNN" after the cue names the channel, not a speaker
  const m = readQuotedBy(ctx, k, hi);
  if (m) {
    medium = m.medium;
    k = m.next;
  }
  return { cueEnd, next: k, medium };
}

/** True when a short run of words from `k` (a hearer, "parents and students") is followed by "to" and a verb. */
function hearerThenInfinitive(ctx: QuoteContext, k: number, hi: number): boolean {
  for (let e = k + 1; e < hi && e - k <= MAX_HEARER_TOKENS; e++) {
    const w = ctx.lower[e];
    if (w === 'to') return e + 1 < hi && (ctx.isWord(e + 1) || (ctx.isQuoteMark(e + 1) && e + 2 < hi && ctx.isWord(e + 2)));
    if (w === 'that' || ctx.quotationOf[e] >= 0 || (!ctx.isWord(e) && !ctx.lang.possessiveClitics.has(w))) return false;
  }
  return false;
}

/** ", as quoted by X" / ", as reported by X" / ", told X" / ", in an interview with X" right at `k`. */
function readQuotedBy(ctx: QuoteContext, k: number, hi: number): { medium: TokenRange; next: number } | null {
  let i = k;
  if (ctx.lower[i] === ',') i++;
  if (i + 2 < hi && ctx.lower[i] === 'as' && ctx.lang.quotedByVerbs.has(ctx.lower[i + 1]) && (ctx.lower[i + 2] === 'by' || ctx.lower[i + 1] === 'told')) {
    const from = ctx.lower[i + 2] === 'by' ? i + 3 : i + 2;
    const np = speakerAfter(ctx, from, hi);
    if (np) return { medium: np, next: np.end };
  }
  if (i + 2 < hi && ctx.lower[i] === 'according' && ctx.lower[i + 1] === 'to') {
    const np = speakerAfter(ctx, i + 2, hi);
    if (np && isMedium(ctx, np)) return { medium: np, next: np.end };
  }
  return null;
}

/** A noun phrase that names a news medium (CNN, the TASS news agency, The New York Times) rather than an audience. */
export function isMedium(ctx: QuoteContext, np: TokenRange): boolean {
  let media = false;
  for (let i = np.first; i < np.end; i++) {
    const w = ctx.lower[i];
    if (ctx.lang.audienceWords.has(w)) return false;
    if (ctx.lang.mediaWords.has(w) && (ctx.isCapitalised(i) || ctx.lang.lowerCaseMediaWords.has(w))) media = true;
  }
  return media;
}

/** Content end: the sentence end without its final period, or the end of a quotation that runs past it. */
function contentEnd(ctx: QuoteContext, from: number, sentEnd: number): number {
  let end = sentEnd;
  for (let i = from; i < sentEnd; i++) {
    const q = ctx.quotationOf[i];
    if (q >= 0 && ctx.quotationTokens[q][1] > end) end = ctx.quotationTokens[q][1];
    // "…, adding that …" / "…, saying …" / "“…,” adding": a new attribution of the same speaker starts (the gerund rule)
    if (q < 0 && ctx.lower[i] === ',' && i + 1 < sentEnd && gerundCue(ctx, i + 1)) {
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

/** True when token `i` ends a quotation whose words close on a comma ("“…maniacal,”"). */
function closesWithComma(ctx: QuoteContext, i: number): boolean {
  const q = ctx.quotationOf[i];
  return q >= 0 && ctx.quotationTokens[q][1] === i + 1 && ctx.quotations[q].inner.trimEnd().endsWith(',');
}

/** True when token `i` is the -ing form of a speech cue ("adding", "saying", "noting"), lower case, outside quotations. */
function gerundCue(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i];
  if (!w.endsWith('ing') || ctx.isCapitalised(i) || ctx.quotationOf[i] >= 0) return false;
  const entry = ctx.lang.cueForms.get(w);
  return entry !== undefined && entry.cls === 'speech' && !entry.particle && !entry.infinitive;
}

/** Character parts of tokens [first, end), split at line breaks so that a quotation over paragraphs keeps one part a paragraph. */
function partsOf(ctx: QuoteContext, first: number, end: number): Span[] {
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
function quotationStartingAt(ctx: QuoteContext, i: number): number {
  const q = ctx.quotationOf[i];
  return q >= 0 && ctx.quotationTokens[q][0] === i ? q : -1;
}

/**
 * Finds every attribution of the document: quotations with a trailing cue, cues with a speaker before or after them,
 * "according to X", headline "Name: claim", and floating quotations that continue the last speaker.
 */
export function findAttributions(ctx: QuoteContext): Attribution[] {
  const found: Attribution[] = [];
  const usedCue = new Uint8Array(ctx.tokens.length);
  const attributedQuotation = new Uint8Array(ctx.quotations.length);

  transcriptTurns(ctx, found, attributedQuotation);
  trailingCues(ctx, found, usedCue, attributedQuotation);
  dashSignatures(ctx, found, attributedQuotation);
  cueClauses(ctx, found, usedCue, attributedQuotation);
  headlineColons(ctx, found);
  markAttributed(ctx, found, attributedQuotation);
  colonQuotations(ctx, found, attributedQuotation);

  markAttributed(ctx, found, attributedQuotation);
  extendWithContinuations(ctx, found, attributedQuotation);
  floatingQuotations(ctx, found, attributedQuotation);
  return dropNestedThoughts(ctx, found).sort((a, b) => a.parts[0].start - b.parts[0].start);
}

/**
 * An attribution whose content runs to the end of its sentence carries on into the quotations that open the next
 * sentences with no cue of their own ("Christie said, adding that … . “A leader must fight …”").
 */
function extendWithContinuations(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  for (const a of found) {
    if (a.rule === 'trailing' || a.rule === 'colon' || a.rule === 'transcript') continue;
    // the content, or the speaker and cue that follow it ("“change agent,” Cole said."), must end the sentence
    let k = ctx.tokenAtOrAfter(a.parts[a.parts.length - 1].end);
    for (const r of [a.cue, a.speaker, a.medium]) if (r && r.end > k && ctx.sentStart[r.first] === ctx.sentStart[Math.max(0, k - 1)]) k = r.end;
    if (k >= ctx.tokens.length) continue;
    const sentEnd = ctx.sentEnd[Math.max(0, k - 1)];
    let n = k;
    while (n < sentEnd && !ctx.isWord(n) && ctx.quotationOf[n] < 0) n++;
    if (n < sentEnd) continue;
    a.parts.push(...continuation(ctx, k, sentEnd, attributed));
  }
}

/** Rules whose content is a quotation or a whole line: never nested reported speech. */
const NEVER_NESTED = new Set(['according', 'trailing', 'transcript', 'signature', 'colon']);

/**
 * "Carter said he would welcome China’s “principled” role" / "Trump said Clinton’s plan was what he called “a
 * disaster”": a thought, stance or evidence cue, or a naming verb, inside the content of a speech cue is part of what
 * was said, not an attribution of its own. Drops those; one pass over the tokens counts the speech contents over each.
 */
function dropNestedThoughts(ctx: QuoteContext, found: Attribution[]): Attribution[] {
  const n = ctx.tokens.length;
  const tokenSpan = (a: Attribution) => [ctx.tokenAtOrAfter(a.parts[0].start), ctx.tokenAtOrAfter(a.parts[a.parts.length - 1].end)];
  const isSpeech = (a: Attribution) => a.cue !== null && ctx.lang.cueForms.get(ctx.lower[a.cue.first])?.cls === 'speech';
  // speech contents covering each token (a difference array summed once)
  const depth = new Int32Array(n + 1);
  for (const a of found) {
    if (!isSpeech(a)) continue;
    const [first, end] = tokenSpan(a);
    depth[first]++;
    depth[end]--;
  }
  for (let i = 1; i <= n; i++) depth[i] += depth[i - 1];
  return found.filter((a) => {
    if (!a.cue || NEVER_NESTED.has(a.rule)) return true;
    const entry = ctx.lang.cueForms.get(ctx.lower[a.cue.first]);
    if (!entry || (entry.cls === 'speech' && !ctx.lang.namingLemmas.has(entry.lemma))) return true;
    let covering = depth[a.cue.first];
    // "C, X said, D": a speech content around its own cue does not count
    const [first, end] = tokenSpan(a);
    if (entry.cls === 'speech' && first <= a.cue.first && a.cue.first < end) covering--;
    return covering === 0;
  });
}

/** Marks every quotation that lies inside some attribution's content. */
function markAttributed(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  for (const a of found) {
    for (const p of a.parts) {
      for (let t = ctx.tokenAtOrAfter(p.start); t < ctx.tokens.length && ctx.tokens[t].start < p.end; t++) {
        if (ctx.quotationOf[t] >= 0) attributed[ctx.quotationOf[t]] = 1;
      }
    }
  }
}

/** "Pew Research: “…”" / "as the report put it: “…”": the noun phrase before a colon speaks the quotation after it. */
function colonQuotations(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a] = ctx.quotationTokens[q];
    const colon = a - 1;
    // the colon ends the quotation's paragraph or the one before it ("Coach Berg said:\n\n“…”")
    if (colon < 1 || ctx.lower[colon] !== ':' || ctx.paragraphOf[a] - ctx.paragraphOf[colon] > 1) continue;
    const verb = ctx.lang.cueForms.get(ctx.lower[colon - 1]);
    const cueAt = verb && verb.cls === 'speech' && !ctx.isCapitalised(colon - 1) ? colon - 1 : colon;
    const speaker = speakerBefore(ctx, cueAt, ctx.sentStart[colon]);
    if (!speaker) continue;
    const parts = [...ctx.quotations[q].parts];
    attributed[q] = 1;
    parts.push(...continuation(ctx, ctx.quotationTokens[q][1], ctx.quotationTokens[q][1], attributed));
    found.push({ parts, cue: { first: cueAt, end: colon + 1 }, speaker, medium: null, confidence: cueAt === colon ? 0.7 : 0.85, rule: 'colon' });
  }
}

/** “…,” said X / “…,” X said [, as quoted by M] [, “…”]: the quotation is the content. */
function trailingCues(ctx: QuoteContext, found: Attribution[], usedCue: Uint8Array, attributed: Uint8Array): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (a >= b) continue;
    const hit = trailingCueAfter(ctx, q);
    if (!hit) continue;
    usedCue[hit.cue] = 1;
    attributed[q] = 1;
    const parts = [...ctx.quotations[q].parts];
    // "With thousands of systems, “there is no single point of failure,” he said": the lead-in is part of what was said
    const s0 = ctx.sentStart[a];
    if (a > s0 + 1 && ctx.lower[a - 1] === ',' && !hasSpeechCue(ctx, s0, a - 1) && !hasQuotation(ctx, s0, a - 1)) parts.unshift(...partsOf(ctx, s0, a - 1));
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
    if (ctx.lower[k] === 'of' && k === tail.cueEnd && k + 1 < s1 && ctx.lang.cueForms.get(ctx.lower[hit.cue])?.lemma === 'say') {
      let end = k + 1;
      while (end < s1 && ctx.quotationOf[end] < 0 && !/^[,.;:!?—–]$/.test(ctx.lower[end])) end++;
      if (end - (k + 1) >= 1) {
        parts.push(...partsOf(ctx, k + 1, end));
        cueEnd = k + 1;
        k = end;
      }
    }
    // "“Only you,” she said, would use the occasion …": the quoted subject's sentence goes on after the cue
    const rest = clauseAfterCue(ctx, k, ctx.sentEnd[hit.cue]);
    if (rest) {
      parts.push(...partsOf(ctx, rest.first, rest.end));
      k = rest.end;
    }
    // a quotation that resumes after the cue belongs to the same speaker ("“A,” he said with a laugh. “B.”")
    parts.push(...continuation(ctx, k, ctx.sentEnd[hit.cue], attributed));
    found.push({ parts, cue: { first: hit.cue, end: cueEnd }, speaker: hit.speaker, medium, confidence: 0.9, rule: 'trailing' });
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
  if (!ctx.isWord(first) || ctx.isCapitalised(first) || ctx.lang.asideAfterCue.has(w) || w.endsWith('ing') || ctx.lang.cueForms.has(w)) return null;
  for (let i = first; i < s1; i++) {
    if (ctx.quotationOf[i] >= 0 || (ctx.lang.cueForms.has(ctx.lower[i]) && !ctx.isCapitalised(i))) return null;
  }
  const end = contentEnd(ctx, first, s1);
  return end - first >= 2 ? { first, end } : null;
}

/** Dashes that sign a quotation with its speaker's name ("“…” ― Carla Sanchez", "“…” — John Smith, a voter"). */
const SIGNATURE_DASH = /^(?:―|—|–|--)$/;

/**
 * “…” ― Name: a quotation opening its paragraph, closed by a dash and a capitalised name that ends the paragraph (or
 * runs into a period or an appositive after a comma). The dash is the cue.
 */
function dashSignatures(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (a >= b || ctx.paraStart[a] !== a) continue;
    const paraEnd = ctx.paraEnd[a];
    let j = b;
    if (j < paraEnd && ctx.lower[j] === ',') j++;
    if (j + 1 >= paraEnd || !SIGNATURE_DASH.test(ctx.tokens[j].text) || !ctx.isCapitalised(j + 1)) continue;
    const speaker = speakerAfter(ctx, j + 1, paraEnd);
    if (!speaker) continue;
    const after = speaker.end;
    if (after < paraEnd && !/^[.,]$/.test(ctx.lower[after])) continue;
    if (after < paraEnd && ctx.lower[after] === '.' && after + 1 < paraEnd) continue;
    attributed[q] = 1;
    found.push({ parts: [...ctx.quotations[q].parts], cue: { first: j, end: j + 1 }, speaker, medium: null, confidence: ctx.lang.cueClassConfidence.speech, rule: 'signature' });
  }
}

/**
 * Quotations that carry on the content ending at token `k`: the rest of the sentence (ending at `sentEnd`) is skipped
 * when it holds no quotation, then each quotation opening the next sentence of the same paragraph, with no cue of its
 * own, is taken. Marks them attributed.
 */
function continuation(ctx: QuoteContext, k: number, sentEnd: number, attributed: Uint8Array): Span[] {
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
        const conjunction = (ctx.lower[i - 1] === 'but' || ctx.lower[i - 1] === 'and') && (i - 1 === n || ctx.lower[i - 2] === ',');
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
    if (ctx.lower[i] === 'according' || (ctx.lang.cueForms.has(ctx.lower[i]) && !ctx.isCapitalised(i))) return -1;
  }
  if (lastQuoted < 0 || s1 - 1 - lastQuoted > MAX_AFTER_CLOSING_QUOTATION) return -1;
  for (let i = s0; i < s1; i++) if (ctx.quotationOf[i] >= 0 && trailingCueAfter(ctx, ctx.quotationOf[i])) return -1;
  return contentEnd(ctx, s0, s1);
}

/** True when tokens [from, to) hold a lower-case speech cue outside quotations. */
function hasSpeechCue(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (ctx.quotationOf[i] >= 0 || ctx.isCapitalised(i)) continue;
    const e = ctx.lang.cueForms.get(ctx.lower[i]);
    if (e && e.cls === 'speech' && !ctx.lang.nounLikeCues.has(ctx.lower[i])) return true;
  }
  return false;
}

/** True when tokens [from, to) hold part of a quotation. */
function hasQuotation(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.quotationOf[i] >= 0) return true;
  return false;
}

/** True when a sentence starting in [from, paraEnd) opens with a quotation. */
function laterQuotationInParagraph(ctx: QuoteContext, from: number, paraEnd: number): boolean {
  for (let i = from; i < paraEnd; i++) if (ctx.sentStart[i] === i && quotationStartingAt(ctx, i) >= 0) return true;
  return false;
}

/** The cue and speaker right after quotation `q`, or null ("”, he said", "” said Peskov", "?” he asks"). */
function trailingCueAfter(ctx: QuoteContext, q: number): { cue: number; speaker: TokenRange | null } | null {
  const [a, b] = ctx.quotationTokens[q];
  const inner = ctx.quotations[q].inner.trimEnd();
  // a quotation closed by a period ends its sentence; what follows starts a new one
  if (/\.$/.test(inner) && !/\.\.\.$/.test(inner)) return null;
  let j = b;
  const hi = ctx.paraEnd[a];
  if (j < hi && (ctx.lower[j] === ',' || ctx.lower[j] === '—' || ctx.lower[j] === '--')) j++;
  if (j >= hi || ctx.quotationOf[j] >= 0) return null;
  // the quotation must open its sentence or follow a colon, comma or dash: "Fox News channel's “Sunday Morning Futures,” Issa said" is a title
  const before = a - 1;
  if (before >= 0 && ctx.sentStart[a] !== a && ctx.paraStart[a] !== a && !/^[:,—–(-]$/.test(ctx.tokens[before].text) && ctx.quotationOf[before] < 0) return null;
  const stop = Math.min(hi, ctx.sentEnd[j], j + MAX_APPOSITIVE_SPEAKER);
  const first = ctx.lang.cueForms.get(ctx.lower[j]);
  if (first && first.cls === 'speech' && !ctx.isCapitalised(j) && (!first.particle || ctx.lower[j + 1] === first.particle)) {
    const tail = readTail(ctx, j, stop);
    const speaker = speakerAfter(ctx, tail.cueEnd, stop) ?? speakerAfter(ctx, j + 1, stop);
    return { cue: j, speaker };
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
    if (speaker && speaker.first === j) return { cue: m, speaker };
    // "”, another friend, Mariam Emara told CNN": a description, a comma, then the name
    // (a pronoun has no description: "” income, he said" goes on the quoted sentence)
    if (speaker && speaker.first - 1 > j && ctx.lower[speaker.first - 1] === ',' && !ctx.lang.speakerPronouns.has(ctx.lower[speaker.first])) {
      const description = speakerAfter(ctx, j, speaker.first - 1);
      if (description && description.end === speaker.first - 1) return { cue: m, speaker };
    }
    // "”, Ramos, 58, told AFP" / "”, Morton Blackwell, the committeeman from Virginia, said": the name before the appositive
    const name = speakerAfter(ctx, j, m);
    if (name && ctx.lower[name.end] === ',' && (ctx.isCapitalised(j) || ctx.lang.speakerPronouns.has(ctx.lower[j]) || ctx.lang.determiners.has(ctx.lower[j]))) {
      let c = m - 1;
      while (c > name.end && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[c])) c--;
      if (c > name.end && ctx.lower[c] === ',') return { cue: m, speaker: name };
    }
    break;
  }
  return null;
}

/** Cues inside sentences: "X said (that) C", "C, X said", "C, said X", ", adding C", "according to X, C". */
function cueClauses(ctx: QuoteContext, found: Attribution[], usedCue: Uint8Array, attributed: Uint8Array): void {
  const n = ctx.tokens.length;
  let lastSpeaker: TokenRange | null = null;
  let lastSentence = -1;
  for (let i = 0; i < n; i++) {
    const sentence = ctx.tokens[i].sentence;
    if (sentence !== lastSentence) {
      lastSentence = sentence;
      lastSpeaker = null;
    }
    if (usedCue[i]) {
      lastSpeaker = found.find((f) => f.cue?.first === i)?.speaker ?? lastSpeaker;
      continue;
    }
    if (ctx.quotationOf[i] >= 0) continue;
    const w = ctx.lower[i];
    const s0 = ctx.sentStart[i];
    const s1 = ctx.sentEnd[i];
    if ((w === 'according' && ctx.lower[i + 1] === 'to') || (w === 'as' && ctx.lower[i + 1] === 'per')) {
      const a = accordingTo(ctx, i, s0, s1);
      if (a) found.push(a);
      continue;
    }
    if (w === 'in' && i === s0) {
      const a = inASource(ctx, i, s1);
      if (a) found.push(a);
      continue;
    }
    if (w === 'asked' && i === s0) {
      const a = askedOpener(ctx, i, s1);
      if (a) found.push(a);
      continue;
    }
    const entry = ctx.lang.cueForms.get(w);
    if (!entry || ctx.isCapitalised(i) || i === s0) continue;
    // a past form right after "and" is a verb continuing the sentence ("called it … and called on …")
    const pastAfterAnd = (ctx.lower[i - 1] === 'and' || ctx.lower[i - 1] === 'but') && ctx.lang.pastCueForm.test(w);
    if (w === 'known' || (ctx.lang.nounLikeCues.has(w) && !verbSlot(ctx, i) && !pastAfterAnd)) continue;
    if (entry.particle && ctx.lower[i + 1] !== entry.particle) continue;
    if (entry.infinitive && (ctx.lower[i + 1] !== 'to' || !ctx.isWord(i + 2))) continue;
    const base = ctx.lang.cueClassConfidence[entry.cls];
    // ", adding that …" / ", saying …": the speaker is the sentence's last speaker or its subject
    if (w.endsWith('ing') && (ctx.lang.gerundLeads.has(ctx.lower[i - 1]) || closesWithComma(ctx, i - 1))) {
      const speaker = lastSpeaker ?? clauseSubject(ctx, s0, i, true) ?? speakerAfter(ctx, s0, i);
      const tail = readTail(ctx, i, s1);
      let next = tail.next;
      while (next < s1 && /^[,:—–-]$/.test(ctx.tokens[next].text)) next++;
      const end = contentEnd(ctx, next, s1);
      if (speaker && end - next >= 2) {
        found.push({ parts: partsOf(ctx, next, end), cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence: base * 0.9, rule: 'gerund' });
      }
      continue;
    }
    // "C, said X." inverted order after the content
    const prev = ctx.lower[i - 1];
    if ((prev === ',' || ctx.quotationOf[i - 1] >= 0) && entry.cls === 'speech' && !entry.hearer) {
      const tail = readTail(ctx, i, s1);
      const found1 = speakerAfter(ctx, tail.cueEnd, s1);
      // "…, said Tom Reyes." ends the clause after the speaker; "…, said the party was" is no inversion
      const closes = (r: TokenRange) => r.end >= s1 || /^[,.;:!?—–)]$/.test(ctx.tokens[r.end].text);
      const speaker = found1 && closes(found1) ? found1 : null;
      if (speaker) {
        const after = readTail(ctx, speaker.end - 1, s1);
        const contentStop = i - 1;
        if (contentStop - s0 >= 2) {
          const parts = partsOf(ctx, s0, contentStop);
          const rest = afterComma(ctx, Math.max(speaker.end, after.next), s1);
          if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
          found.push({ parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium ?? after.medium, confidence: base, rule: 'inverted' });
          lastSpeaker = speaker;
          continue;
        }
      }
    }
    // "He called it “shameful” and called on leaders …": a second cue of the same speaker; a thought or stance verb
    // there is more often the reported clause going on ("He says he is proud and expects to win")
    if ((prev === 'and' || prev === 'but') && lastSpeaker && lastSpeaker.end <= i - 1 && entry.cls === 'speech') {
      const tail = readTail(ctx, i, s1);
      const end = contentEnd(ctx, tail.next, s1);
      const before = found[found.length - 1];
      if (end - tail.next >= 2 && before && before.speaker === lastSpeaker) {
        const cut = ctx.tokens[i - 1].start;
        const last = before.parts[before.parts.length - 1];
        if (last.start < cut && last.end > cut) {
          let stop = i - 1;
          while (stop > 0 && ctx.lower[stop - 1] === ',') stop--;
          last.end = ctx.tokens[stop - 1].end;
        }
        found.push({ parts: partsOf(ctx, tail.next, end), cue: { first: i, end: tail.cueEnd }, speaker: lastSpeaker, medium: tail.medium, confidence: base * 0.9, rule: 'coordinated' });
        continue;
      }
    }
    let lo = s0;
    for (let k = i - 1; k >= s0; k--) {
      if (ctx.quotationOf[k] >= 0) {
        lo = k + 1;
        break;
      }
    }
    const speaker = speakerBefore(ctx, i, lo) ?? acrossCommasBefore(ctx, i, lo) ?? coordinatedSubject(ctx, i, s0, lo);
    if (!speaker) continue;
    const tail = readTail(ctx, i, s1);
    let next = tail.next;
    while (next < s1 && /^[,:—–-]$/.test(ctx.tokens[next].text)) next++;
    let endsHere = next >= s1 || /^[.!?;]$/.test(ctx.tokens[next].text);
    // "C, Ben Carson said after the attacks.": a trailing adverbial after a cue that follows its content
    if (!endsHere && ctx.lower[speaker.first - 1] === ',' && ctx.lang.trailingAdverbialOpeners.has(ctx.lower[next])) {
      let m = next;
      while (m < s1 && ctx.lower[m] !== 'that' && ctx.lower[m] !== ',' && ctx.quotationOf[m] < 0) m++;
      if (m >= s1 || /^[.!?;]$/.test(ctx.tokens[m].text)) endsHere = true;
    }
    if (endsHere || ctx.lower[tail.next] === ',') {
      // "C, X said." / "C, X said, D."
      const comma = speaker.first - 1;
      if (comma > s0 && (ctx.lower[comma] === ',' || ctx.quotationOf[comma] >= 0)) {
        const stop = ctx.lower[comma] === ',' ? comma : comma + 1;
        const parts = partsOf(ctx, s0, stop);
        if (!endsHere) {
          const rest = afterComma(ctx, tail.next, s1);
          if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
        }
        found.push({ parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence: base, rule: 'after' });
        lastSpeaker = speaker;
        continue;
      }
      if (endsHere) continue;
    }
    const end = contentEnd(ctx, next, s1);
    if (end - next < 2) continue;
    const parts = partsOf(ctx, next, end);
    if (ctx.quotationOf[end - 1] >= 0) parts.push(...continuation(ctx, end, end, attributed));
    found.push({ parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence: base, rule: 'before' });
    lastSpeaker = speaker;
  }
}

/**
 * "The Council on Friday condemned the test and pledged to impose sanctions": a past-tense speech cue after "and"
 * shares the subject that opens the sentence, when that subject is followed by its own verb.
 */

/** Longest sentence subject read for a coordinated cue (a name or title, not a clause). */
const MAX_SUBJECT_TOKENS = 8;

function coordinatedSubject(ctx: QuoteContext, i: number, s0: number, lo: number): TokenRange | null {
  const prev = ctx.lower[i - 1];
  if ((prev !== 'and' && prev !== 'but') || lo !== s0 || !ctx.lang.coordinatedPastCue.test(ctx.lower[i])) return null;
  if (ctx.lang.cueForms.get(ctx.lower[i])?.cls !== 'speech') return null;
  return clauseSubject(ctx, s0, i - 1, false);
}

/**
 * The named subject of the clause opening at `s0` when a past verb of its own follows it before `stop`: a run of
 * capitalised words, determiners and "of" ("The United Nations Security Council", "Police Chief Calvin Williams").
 * With `afterOpener`, a leading adverbial closed by a comma is stepped over ("Here in Columbia, Sanders stepped up").
 */
function clauseSubject(ctx: QuoteContext, s0: number, stop: number, afterOpener: boolean): TokenRange | null {
  let from = s0;
  if (afterOpener && (ctx.lang.speakerBoundary.has(ctx.lower[s0]) || ctx.lang.sentenceAdverbs.has(ctx.lower[s0]) || ctx.lower[s0] === 'here')) {
    let c = s0 + 1;
    while (c < stop && c - s0 <= MAX_OPENER_TOKENS && ctx.lower[c] !== ',' && ctx.quotationOf[c] < 0) c++;
    if (c >= stop || ctx.lower[c] !== ',') return null;
    from = c + 1;
  }
  let j = from;
  while (j < stop && j - from < MAX_SUBJECT_TOKENS && (ctx.isCapitalised(j) || ctx.lang.determiners.has(ctx.lower[j]) || (j > from && ctx.lower[j] === 'of' && ctx.isCapitalised(j + 1)))) j++;
  let named = false;
  for (let t = from; t < j; t++) if (ctx.isCapitalised(t) && !ctx.lang.determiners.has(ctx.lower[t]) && !ctx.lang.speakerBoundary.has(ctx.lower[t])) named = true;
  if (!named || ctx.lang.speakerBoundary.has(ctx.lower[from])) return null;
  // the subject's own verb: a past form right after it, or after "on Friday" / an adverb
  let v = j;
  if (ctx.lower[v] === 'on' && ctx.lang.weekdays.has(ctx.lower[v + 1] ?? '')) v += 2;
  while (v < stop && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[v])) v++;
  if (v >= stop || ctx.isCapitalised(v) || !(ctx.lang.regularPast.test(ctx.lower[v]) || ctx.lang.irregularPast.has(ctx.lower[v]))) return null;
  return { first: from, end: j };
}

/** Longest sentence opener stepped over before a subject ("Before the convention,", "Here in Columbia,"). */
const MAX_OPENER_TOKENS = 8;

/**
 * "Paul Ryan, the Speaker, on Tuesday called …" / "…, the minister, also said": the speaker before a comma that ends an
 * appositive, once a time phrase or adverbs right before the cue are stepped over.
 */
function acrossCommasBefore(ctx: QuoteContext, i: number, lo: number): TokenRange | null {
  let k = i - 1;
  while (k > lo && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[k])) k--;
  if (k - 1 > lo && ctx.lang.dayWords.has(ctx.lower[k]) && ctx.lower[k - 1] === 'on') k -= 2;
  else if (k > lo && ctx.lang.dayWords.has(ctx.lower[k])) k--;
  while (k > lo && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[k])) k--;
  return k > lo && ctx.lower[k] === ',' ? speakerAcrossCommas(ctx, k, lo) : null;
}

/** Comma segments read back from a cue before giving up ("Clinton, 35, the daughter of …, said"). */
const MAX_COMMA_SEGMENTS = 4;

/**
 * The speaker of "NAME, APPOSITIVE, said" / "Trump, in Kentucky, said": reads comma-separated segments back from the
 * comma at `comma`, skipping asides (prepositional phrases, ages), and takes the first that is a whole noun phrase.
 */
function speakerAcrossCommas(ctx: QuoteContext, comma: number, lo: number): TokenRange | null {
  let c = comma;
  for (let seg = 0; seg < MAX_COMMA_SEGMENTS && c > lo; seg++) {
    let pc = c - 1;
    while (pc >= lo && ctx.lower[pc] !== ',' && ctx.quotationOf[pc] < 0 && !/^[;:—–(]$/.test(ctx.lower[pc])) pc--;
    let first = pc + 1;
    // "Even China, Pyongyang's only ally, said": a sentence adverb before the name
    while (first < c - 1 && ctx.lang.sentenceAdverbs.has(ctx.lower[first])) first++;
    if (first >= c) return null;
    if (ctx.lang.asideStarts.has(ctx.lower[first]) || /^\d+$/.test(ctx.lower[first])) {
      if (pc < lo || ctx.lower[pc] !== ',') return null;
      c = pc;
      continue;
    }
    const np = speakerAfter(ctx, first, c);
    if (np && np.end === c) {
      // "Mike DuHaime, a Republican strategist, said": the name before a lower-case description names the speaker
      if (!ctx.isCapitalised(np.first) && pc >= lo && ctx.lower[pc] === ',') {
        let qs = pc - 1;
        while (qs >= lo && ctx.lower[qs] !== ',' && ctx.quotationOf[qs] < 0 && !/^[;:—–(]$/.test(ctx.lower[qs])) qs--;
        const name = speakerAfter(ctx, qs + 1, pc);
        if (name && name.end === pc && ctx.isCapitalised(name.first)) return name;
      }
      return np;
    }
    if (pc < lo || ctx.lower[pc] !== ',') return null;
    c = pc;
  }
  return null;
}

/**
 * True when a form that is also a noun stands where a verb would ("he states", "Trump promises", "the poll shows",
 * "has said") rather than a noun ("the state", "his promises").
 */
function verbSlot(ctx: QuoteContext, i: number): boolean {
  const p = ctx.lower[i - 1];
  // "he's claiming" is a verb slot; "Trump's charge" is a possessive
  if (ctx.lang.possessiveClitics.has(p) && !ctx.lang.speakerPronouns.has(ctx.lower[i - 2] ?? '') && ctx.lower[i - 2] !== 'that') return false;
  if (ctx.lang.speakerPronouns.has(p) || ctx.lang.betweenSpeakerAndCue.has(p) || ctx.lang.agentNouns.has(p) || p === ',') return true;
  return ctx.isCapitalised(i - 1) && !ctx.lang.determiners.has(p) && !ctx.lang.possessives.has(p) && ctx.isWord(i - 1);
}

/** After ", " at `k`: the rest of the sentence as a content piece, or null. */
function afterComma(ctx: QuoteContext, k: number, s1: number): TokenRange | null {
  if (ctx.lower[k] !== ',') return null;
  // ", adding that …" is an attribution of its own (the gerund rule)
  const next = ctx.lang.cueForms.get(ctx.lower[k + 1] ?? '');
  if (next && ctx.lower[k + 1].endsWith('ing')) return null;
  const end = contentEnd(ctx, k + 1, s1);
  return end - (k + 1) >= 2 ? { first: k + 1, end } : null;
}

/** "According to X, C." / "C, according to X." / "C, as per X." */
function accordingTo(ctx: QuoteContext, i: number, s0: number, s1: number): Attribution | null {
  const speaker = speakerAfter(ctx, i + 2, s1);
  if (!speaker) return null;
  const cue = { first: i, end: i + 2 };
  const leading = i - s0 <= 1;
  const parts: Span[] = [];
  if (leading) {
    let k = speaker.end;
    if (ctx.lower[k] === ',') k++;
    const end = contentEnd(ctx, k, s1);
    if (end - k < 2) return null;
    parts.push(...partsOf(ctx, k, end));
  } else {
    let stop = i;
    if (ctx.lower[stop - 1] === ',') stop--;
    // a quotation of several sentences before the cue belongs to the content whole ("“A. B,” X said, according to Y")
    let start = s0;
    const q = ctx.quotationOf[s0];
    if (q >= 0 && ctx.quotationTokens[q][0] < s0 && ctx.paragraphOf[ctx.quotationTokens[q][0]] === ctx.paragraphOf[s0]) start = ctx.sentStart[ctx.quotationTokens[q][0]];
    if (stop - start < 2) return null;
    parts.push(...partsOf(ctx, start, stop));
    const rest = afterComma(ctx, speaker.end, s1);
    if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
  }
  return { parts, cue, speaker, medium: null, confidence: 0.8, rule: 'according' };
}

/** Longest "In …," phrase read for a source ("In an NBC News/Wall Street Journal poll released Monday,"). */
const MAX_IN_SOURCE_TOKENS = 14;

/**
 * "In a CNN poll released Monday, Clinton led by 24 points.": a phrase headed by a poll, study or document, closed by
 * a comma and followed by a clause with no cue of its own, is the source of the rest of the sentence, "In" the cue.
 * ("In a statement, the campaign said …" is left to the cue rules.)
 */
function inASource(ctx: QuoteContext, i: number, s1: number): Attribution | null {
  let comma = i + 1;
  while (comma < s1 && comma - i <= MAX_IN_SOURCE_TOKENS && ctx.lower[comma] !== ',' && ctx.quotationOf[comma] < 0) comma++;
  if (comma >= s1 || ctx.lower[comma] !== ',') return null;
  let head = -1;
  for (let k = i + 1; k < comma; k++) if (ctx.lang.inSourceNouns.has(ctx.lower[k])) head = k;
  if (head < 0) return null;
  const end = contentEnd(ctx, comma + 1, s1);
  if (end - (comma + 1) < 3) return null;
  // the clause must not report someone's words itself ("In a speech, Trump attacked …")
  for (let k = comma + 1; k < end; k++) {
    if (ctx.quotationOf[k] >= 0) continue;
    if (ctx.lower[k] === 'according' || (ctx.lang.cueForms.has(ctx.lower[k]) && !ctx.isCapitalised(k))) return null;
  }
  return { parts: partsOf(ctx, comma + 1, end), cue: { first: i, end: i + 1 }, speaker: { first: i + 1, end: head + 1 }, medium: null, confidence: 0.6, rule: 'in-source' };
}

/**
 * "Asked whether she would run, Reis said …": the question is an attribution of its own whose asker goes unnamed
 * (speaker null); what follows the comma is left to the cue of its clause.
 */
function askedOpener(ctx: QuoteContext, i: number, s1: number): Attribution | null {
  if (!ctx.lang.questionOpeners.has(ctx.lower[i + 1] ?? '')) return null;
  // the question runs to a comma, or to a quotation closing on one ("Asked if he is “ready,” …")
  let end = i + 2;
  while (end < s1 && ctx.lower[end] !== ',') {
    const q = ctx.quotationOf[end];
    if (q < 0) end++;
    else if (closesWithComma(ctx, ctx.quotationTokens[q][1] - 1)) {
      end = ctx.quotationTokens[q][1];
      break;
    } else end = Math.max(end + 1, ctx.quotationTokens[q][1]);
  }
  if (end >= s1 || end - (i + 1) < 2) return null;
  return { parts: partsOf(ctx, i + 1, end), cue: { first: i, end: i + 1 }, speaker: null, medium: null, confidence: UNATTRIBUTED_CONFIDENCE, rule: 'asked' };
}

/** A headline "Name: claim" on the first line: the name speaks, the colon is the cue. */
function headlineColons(ctx: QuoteContext, found: Attribution[]): void {
  if (!ctx.tokens.length) return;
  const s0 = 0;
  const s1 = ctx.sentEnd[0];
  for (let c = s0 + 1; c < Math.min(s1, s0 + 5); c++) {
    if (ctx.lower[c] !== ':') continue;
    for (let k = s0; k < c; k++) if (!ctx.isCapitalised(k) && ctx.isWord(k)) return;
    const end = contentEnd(ctx, c + 1, s1);
    if (end - (c + 1) < 3) return;
    found.push({ parts: partsOf(ctx, c + 1, end), cue: { first: c, end: c + 1 }, speaker: { first: s0, end: c }, medium: null, confidence: 0.6, rule: 'headline' });
    return;
  }
}

/** Longest speaker label of a transcript turn ("SEN. ELIZABETH WARREN", "JAKE TAPPER"). */
const MAX_TURN_LABEL_TOKENS = 4;
/** Turns a text needs before its "NAME:" lines are read as a transcript rather than labels. */
const MIN_TRANSCRIPT_TURNS = 2;
const TURN_LABEL = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/**
 * Transcript turns: a line opening (after an optional quotation mark) with an upper-case name and a colon, when the
 * text holds at least two of them ("TAPPER: Do you think …" / "FALLIN: I think …"). The name speaks the rest of the
 * line, the colon is the cue; quotations the turn overlaps are taken as attributed (a transcript quoted whole).
 */
function transcriptTurns(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  const turns: Attribution[] = [];
  const n = ctx.tokens.length;
  // lines, not segmented paragraphs: a sentence may run on over a line break ("…this year?\n\n\"GOV. REIS: …")
  const lineStarts: number[] = [];
  const text = ctx.doc.text;
  let newline = text.indexOf('\n');
  for (let i = 0; i < n; i++) {
    if (i === 0) lineStarts.push(i);
    else if (newline >= 0 && newline < ctx.tokens[i].start) {
      if (newline >= ctx.tokens[i - 1].end) lineStarts.push(i);
      newline = text.indexOf('\n', ctx.tokens[i].start);
    }
  }
  lineStarts.push(n);
  for (let l = 0; l + 1 < lineStarts.length; l++) {
    const p0 = lineStarts[l];
    const p1 = lineStarts[l + 1];
    let k = p0;
    if (k < p1 && ctx.isQuoteMark(k)) k++;
    const first = k;
    // upper-case words, and the period of an abbreviation inside them ("GOV. ANNA REIS": two periods allowed on top)
    while (k < p1 && k - first < MAX_TURN_LABEL_TOKENS + 2 && (TURN_LABEL.test(ctx.tokens[k].text) || (k > first && ctx.lower[k] === '.' && ctx.tokens[k].start === ctx.tokens[k - 1].end))) k++;
    if (k === first || k >= p1 || ctx.lower[k] !== ':' || ctx.lang.notATurn.has(ctx.lower[first])) continue;
    // the label must hold a word of two letters or more ("Q:" and "A:" are interview markers without a name)
    let named = false;
    for (let i = first; i < k; i++) if (/\p{Lu}{2,}/u.test(ctx.tokens[i].text)) named = true;
    if (!named) continue;
    // the line ends the turn, even inside a quotation that runs over the whole transcript
    const end = p1;
    let words = 0;
    for (let i = k + 1; i < end; i++) if (ctx.isWord(i)) words++;
    if (words < 2) continue;
    turns.push({ parts: partsOf(ctx, k + 1, end), cue: { first: k, end: k + 1 }, speaker: { first, end: k }, medium: null, confidence: 0.8, rule: 'transcript' });
  }
  if (turns.length < MIN_TRANSCRIPT_TURNS) return;
  found.push(...turns);
  markAttributed(ctx, turns, attributed);
}

/** Quotations standing alone as a sentence continue the last speaker of the previous paragraphs. */
function floatingQuotations(ctx: QuoteContext, found: Attribution[], attributed: Uint8Array): void {
  const ordered = [...found].sort((a, b) => a.parts[0].start - b.parts[0].start);
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (b - a < 4) continue;
    // only a quotation that opens its sentence, with nothing but punctuation after it
    if (ctx.sentStart[a] !== a) continue;
    let after = b;
    while (after < ctx.sentEnd[Math.min(b, ctx.tokens.length - 1)] && !ctx.isWord(after)) after++;
    if (after < ctx.tokens.length && after < ctx.sentEnd[b - 1] && ctx.isWord(after)) continue;
    const quote = ctx.quotations[q];
    let previous: Attribution | null = null;
    for (const f of ordered) {
      if (f.parts[0].start >= quote.start) break;
      if (f.speaker && !ctx.lang.notAVoice.has(ctx.lower[f.speaker.first])) previous = f;
    }
    const near = previous?.speaker && ctx.paragraphOf[a] - ctx.paragraphOf[previous.speaker.first] <= FLOATING_LOOKBACK_PARAGRAPHS;
    // the last speaker's quotation goes on after some narration: one attribution with one more part
    if (near && previous && previous.rule === 'trailing') previous.parts.push(...quote.parts);
    else if (near && previous) found.push({ parts: [...quote.parts], cue: null, speaker: previous.speaker, medium: null, confidence: FLOATING_CONFIDENCE, rule: 'floating' });
    // a quotation with nobody to speak it is kept, honestly unattributed
    else found.push({ parts: [...quote.parts], cue: null, speaker: null, medium: null, confidence: UNATTRIBUTED_CONFIDENCE, rule: 'unattributed' });
  }
}
