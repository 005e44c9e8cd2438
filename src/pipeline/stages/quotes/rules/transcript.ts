import type { QuoteContext } from '../context.js';
import { markAttributed, partsOf } from '../shared/content.js';
import type { Attribution, AttributionRule, AttributionState } from './rule.js';

/** Longest speaker label of a transcript turn ("SEN. ELIZABETH WARREN", "JAKE TAPPER"). */
const MAX_TURN_LABEL_TOKENS = 4;

/** Turns a text needs before its "NAME:" lines are read as a transcript rather than labels. */
const MIN_TRANSCRIPT_TURNS = 2;

/** An upper-case word of a transcript label ("TAPPER", "GOV.", "O'ROURKE"). */
const TURN_LABEL = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** A "NAME:" turn in a text with several names its speaker outright. */
const TRANSCRIPT_CONFIDENCE = 0.8;

/**
 * Transcript turns: a line opening (after an optional quotation mark) with an upper-case name and a colon, when the
 * text holds at least two of them ("TAPPER: Do you think …" / "FALLIN: I think …"). The name speaks the rest of the
 * line, the colon is the cue; quotations the turn overlaps are taken as attributed (a transcript quoted whole).
 */
function transcriptTurns(ctx: QuoteContext, { found, attributed }: AttributionState): void {
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
    turns.push({ parts: partsOf(ctx, k + 1, end), cue: { first: k, end: k + 1 }, speaker: { first, end: k }, medium: null, confidence: TRANSCRIPT_CONFIDENCE, rule: 'transcript' });
  }
  if (turns.length < MIN_TRANSCRIPT_TURNS) return;
  found.push(...turns);
  markAttributed(ctx, turns, attributed);
}

export const transcript: AttributionRule = { name: 'transcript', apply: transcriptTurns };
