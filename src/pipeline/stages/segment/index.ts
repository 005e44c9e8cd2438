import type { Doc, Token } from '../../../model/doc.js';
import type { SentenceRecord } from '../../../model/extraction.js';
import type { Stage } from '../../stage.js';
import { tokenizeOffsets } from './tokenize.js';
import { DEFAULT_PACK } from '../../../lang/index.js';
import type { SegmentLanguage } from '../../../lang/types.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

/**
 * Sentences and tokens of `text`, paragraph by paragraph (a line break always ends a sentence), by a language's rules
 * (the default pack's for text with no article).
 */
export function segmentText(text: string, lang: SegmentLanguage = DEFAULT_PACK.segment): { sentences: SentenceRecord[]; tokens: Token[] } {
  const tokens: Token[] = [];
  const sentences: SentenceRecord[] = [];
  let paragraph = 0;
  let sawText = false;
  let blankSince = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = tokenizeOffsets(text, lineStart, lineEnd, lang.tokenPattern);
    if (raw.length === 0) blankSince = true;
    else {
      // an empty line between two lines of text starts a new paragraph; a single line break only a new sentence
      if (sawText && blankSince) paragraph++;
      sawText = true;
      blankSince = false;
      let sentStart = 0;
      for (let i = 0; i < raw.length; i++) {
        if (i + 1 < raw.length && endsSentence(lang, text, raw, i)) {
          let last = i;
          while (last + 1 < raw.length && CLOSERS.has(text.slice(raw[last + 1].start, raw[last + 1].end)) && isAttached(raw[last], raw[last + 1])) last++;
          if (last + 1 < raw.length) {
            pushSentence(raw, sentStart, last + 1);
            sentStart = last + 1;
            i = last;
          }
        }
      }
      pushSentence(raw, sentStart, raw.length);
    }
    lineStart = lineEnd + 1;
  }
  return { sentences, tokens };

  /** Pushes raw tokens [from, to) as one sentence (none when empty). */
  function pushSentence(raw: Array<{ start: number; end: number }>, from: number, to: number): void {
    if (from >= to) return;
    const index = sentences.length;
    const tokenStart = tokens.length;
    let prevEnd = -1;
    for (let k = from; k < to; k++) {
      const t = raw[k];
      const spaceBefore = prevEnd < 0 ? true : t.start > prevEnd;
      tokens.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), sentence: index, spaceBefore });
      prevEnd = t.end;
    }
    sentences.push({ start: raw[from].start, end: raw[to - 1].end, tokenStart, tokenEnd: tokens.length, paragraph, anchor: null });
  }
}

function isAttached(a: { end: number }, b: { start: number }): boolean {
  return a.end === b.start;
}

/** Does the token at i end a sentence, given what follows? */
function endsSentence(lang: SegmentLanguage, text: string, raw: Array<{ start: number; end: number }>, i: number): boolean {
  // only a token that ends in a stop, a question or exclamation mark or an ellipsis can (most tokens do not)
  const lastChar = text.charCodeAt(raw[i].end - 1);
  if (lastChar !== 46 && lastChar !== 63 && lastChar !== 33 && lastChar !== 0x2026) return false;
  const tok = text.slice(raw[i].start, raw[i].end);
  if (tok !== '.' && tok !== '?' && tok !== '!' && tok !== '…') {
    if (tok.length < 2 || !tok.endsWith('.')) return false;
    const next = nextWord(text, raw, i);
    if (next === undefined) return false;
    // an acronym token such as "U.S." carries its own stop: a sentence opener after it ends the sentence
    if (/^(?:\p{Lu}\.){2,}$/u.test(tok)) return lang.sentenceOpeners.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
    // an abbreviation with its stop ("Gen.", "Inc.") or an initial ("J.")
    const word = tok.slice(0, -1).toLowerCase();
    return lang.sentenceFinalAbbreviations.has(word) && lang.sentenceOpeners.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  }
  const next = nextWord(text, raw, i);
  if (next === undefined) return false;
  const nextStartsSentence = /^[\p{Lu}\d]/u.test(next) || OPENERS.has(next[0]);
  if (!nextStartsSentence) return false;
  if (tok !== '.') return true;
  if (i === 0) return true;
  const prev = raw[i - 1];
  if (prev.end !== raw[i].start) return true; // a stop after a space ends a sentence
  const word = text.slice(prev.start, prev.end);
  const lower = word.toLowerCase();
  // a single capital letter with a stop is an initial ("J. R. Smith")
  if (/^\p{Lu}$/u.test(word)) return false;
  if (lang.titleAbbreviations.has(lower)) {
    return lang.sentenceFinalAbbreviations.has(lower) && lang.sentenceOpeners.has(next.toLowerCase());
  }
  return true;
}

/** The first word after token i, skipping closing and opening quotes and brackets. */
function nextWord(text: string, raw: Array<{ start: number; end: number }>, i: number): string | undefined {
  for (let j = i + 1; j < raw.length; j++) {
    const t = text.slice(raw[j].start, raw[j].end);
    if (CLOSERS.has(t) && j === i + 1 && raw[j].start === raw[i].end) continue;
    return t;
  }
  return undefined;
}

export function createSegmentStage(): Stage {
  return {
    name: 'segment',
    run(doc: Doc) {
      const { sentences, tokens } = segmentText(doc.text, doc.pack.segment);
      doc.sentences = sentences;
      doc.tokens = tokens;
    },
  };
}
