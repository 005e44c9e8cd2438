/**
 * Hard-wrapped plain text ("The council approved a budget after a\nlong debate …"): text broken into lines of a fixed
 * width inside its paragraphs. A line break there is no boundary, and the segmenter ends a sentence at every line
 * break, so cleaning reads such breaks as spaces. The character count does not change, so the offset map stays exact.
 */

/** Widest line a hard-wrapping tool writes (mail and wire services wrap at 65-80 columns, some terminals at 100). */
const MAX_WRAP_WIDTH = 120;
/** Narrowest wrap width taken for one (below it, short lines are lists, verse or addresses). */
const MIN_WRAP_WIDTH = 40;
/** A wrapped line fills its width to within this share (the next word did not fit). */
const FULL_LINE_SHARE = 0.7;
/** The share of lines at or under the wrap width: a line or two over it (a long word, a URL) does not set it. */
const WIDTH_PERCENTILE = 0.9;
/** A line this much longer than the typical long line is an outlier (a URL, a table row), not the wrap width. */
const OUTLIER_FACTOR = 1.2;
/** Lines that must be followed by another line of their paragraph before the text is read as wrapped. */
const MIN_WRAPPED_LINES = 4;
/** Of the lines with text, the share followed by another line of their paragraph (paragraphs of two lines or more). */
const MIN_CONTINUED_SHARE = 0.4;
/** Of the lines with text, the share that may run past the width (a URL, a table row) in wrapped text. */
const MAX_OVER_WIDTH_SHARE = 0.1;
/** Of the lines that go on a paragraph, the share that must open with a lower-case word (prose, not a list of titles). */
const MIN_LOWER_START_SHARE = 0.3;
const LOWER_START = /^\s*["“‘(]?\p{Ll}/u;
/** Of the lines followed by another line of their paragraph, the share that must be full for the text to be wrapped. */
const MIN_FULL_SHARE = 0.6;

/** A line that opens a list item, a heading mark or a table row: its break before it is meant. */
const LIST_OPENER = /^\s*(?:[-*•·–—]\s|\d{1,3}[.)]\s|[|>#])/;

/** The end of a line that may close a paragraph: a stop, question or exclamation mark, colon, closing quotation mark. */
const SENTENCE_END = /[.!?:;…"”’')\]]$/;

interface Line {
  start: number;
  end: number;
  /** length without surrounding spaces */
  length: number;
}

/**
 * Offsets of the line breaks of `text` that lie inside a paragraph of hard-wrapped text: the text's lines are of one
 * width (most lines followed by another line of their paragraph fill it), the line before the break is full, and
 * either stops mid-sentence or is so full that the next line's first word would not have fitted on it. Breaks around an empty line, before a list item, and in text that is not wrapped
 * are left.
 */
export function wrappedLineBreaks(text: string): number[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, length: text.slice(start, end).trim().length });
    start = end + 1;
  }
  const width = wrapWidth(text, lines);
  if (width === 0) return [];
  const breaks: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line.length || !next.length) continue;
    const nextLine = text.slice(next.start, next.end);
    if (LIST_OPENER.test(nextLine)) continue;
    const firstWord = nextLine.trimStart().split(/\s/, 1)[0].length;
    if (line.length < width * FULL_LINE_SHARE) continue;
    // a full line that stops mid-sentence is wrapped; one that ends a sentence only when the next word would not fit
    const endsSentence = SENTENCE_END.test(text.slice(line.start, line.end).trimEnd());
    if (!endsSentence || line.length + 1 + firstWord > width) breaks.push(line.end);
  }
  return breaks;
}

/**
 * The width the text is wrapped at, or 0 when it is not wrapped: the longest of the lines followed by another line of
 * their paragraph, outliers left out, when it is a wrapping width and most of those lines come close to it.
 */
function wrapWidth(text: string, lines: Line[]): number {
  const continued: number[] = [];
  let nonEmpty = 0;
  let lowerStarts = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].length) continue;
    nonEmpty++;
    if (i + 1 < lines.length && lines[i + 1].length) {
      continued.push(lines[i].length);
      if (LOWER_START.test(text.slice(lines[i + 1].start, lines[i + 1].end))) lowerStarts++;
    }
  }
  if (continued.length < MIN_WRAPPED_LINES || continued.length < nonEmpty * MIN_CONTINUED_SHARE) return 0;
  // a wrapped line goes on with whatever word comes next, most often a lower-case one; a list of headlines never does
  if (lowerStarts < continued.length * MIN_LOWER_START_SHARE) return 0;
  continued.sort((a, b) => a - b);
  const typical = continued[Math.floor((continued.length - 1) * WIDTH_PERCENTILE)];
  // the longest line that is no outlier: a wrapper fills its lines up to its width, so the longest full line is that width
  let width = typical;
  for (const length of continued) if (length <= typical * OUTLIER_FACTOR) width = Math.max(width, length);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let full = 0;
  for (const length of continued) if (length >= width * FULL_LINE_SHARE) full++;
  // wrapped text has (almost) no line beyond its width; paragraphs on one line each are not wrapped
  let over = 0;
  for (const l of lines) if (l.length > width * OUTLIER_FACTOR) over++;
  return full >= continued.length * MIN_FULL_SHARE && over <= nonEmpty * MAX_OVER_WIDTH_SHARE ? width : 0;
}

/** `text` with the wrapped line breaks read as spaces (same length, so every offset keeps its meaning). */
export function reflowWrappedLines(text: string): { text: string; reflowed: number } {
  const breaks = wrappedLineBreaks(text);
  if (!breaks.length) return { text, reflowed: 0 };
  const chars = text.split('');
  for (const b of breaks) chars[b] = ' ';
  return { text: chars.join(''), reflowed: breaks.length };
}
