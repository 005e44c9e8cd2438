import type { Doc } from '../../../model/doc.js';
import type { RemovedRange } from '../../../model/extraction.js';
import { OffsetMap, type SourceSegment } from '../../../model/span.js';
import type { Stage } from '../../stage.js';
import { DEFAULT_PACK } from '../../../lang/index.js';
import type { CleanRule } from './rule.js';
import { reflowWrappedLines } from './reflow.js';

/** Lines longer than this are story paragraphs, never furniture: furniture lines are short. */
const MAX_FURNITURE_LINE = 300;

/** Which rule, if any, marks this line as furniture or credit. */
export function matchCleanRule(line: string, rules: readonly CleanRule[] = DEFAULT_PACK.clean.rules): CleanRule | undefined {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_FURNITURE_LINE) return undefined;
  return rules.find((r) => r.pattern.test(trimmed));
}

export interface CleanResult {
  text: string;
  offsetMap: OffsetMap;
  removed: RemovedRange[];
}

/**
 * Removes furniture lines, squeezes blank-line runs to one empty line, and reads the line breaks inside paragraphs of
 * hard-wrapped text as spaces (reflow.ts). Cleaning only deletes ranges of the source and turns line breaks into
 * spaces in place, so the offset map back to the source is exact.
 */
export function cleanText(source: string, rules: readonly CleanRule[] = DEFAULT_PACK.clean.rules): CleanResult {
  const deletions: Array<{ start: number; end: number; removed?: RemovedRange }> = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const rule = matchCleanRule(line, rules);
    if (rule) {
      const lead = line.length - line.trimStart().length;
      const textEnd = lineStart + line.trimEnd().length;
      const removed: RemovedRange = { start: lineStart + lead, end: textEnd, text: source.slice(lineStart + lead, textEnd), rule: rule.name, kind: rule.kind };
      // take the line and its newline with it
      deletions.push({ start: lineStart, end: Math.min(source.length, lineEnd + 1), removed });
    }
    lineStart = lineEnd + 1;
  }
  const kept = keptRanges(source, deletions);
  const segments: SourceSegment[] = [];
  let text = '';
  for (const [s, e] of kept) {
    if (e > s) {
      segments.push([text.length, s, e - s]);
      text += source.slice(s, e);
    }
  }
  return { text: reflowWrappedLines(text).text, offsetMap: new OffsetMap(segments), removed: deletions.flatMap((d) => (d.removed ? [d.removed] : [])) };
}

/**
 * Source ranges kept after the deletions. A whitespace run holding line breaks keeps at most two of them (one empty
 * line between paragraphs); a run of spaces alone is kept as it is; leading and trailing whitespace goes.
 */
function keptRanges(source: string, deletions: Array<{ start: number; end: number }>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // kept positions arrive in increasing order: extend the last range or open a new one
  const keep = (i: number): void => {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  };
  // the current run of white space: its first two line breaks, and its other characters (arrays reused, with counts)
  const run: number[] = [];
  let runCount = 0;
  const runBreaks = [0, 0];
  let breakCount = 0;
  let seenText = false;
  const visit = (i: number): void => {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13 || c === 32 || c === 9 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11) {
      if (c !== 10) run[runCount++] = i;
      else if (breakCount < 2) runBreaks[breakCount++] = i;
      else breakCount++;
      return;
    }
    if (seenText) {
      if (breakCount) {
        keep(runBreaks[0]);
        if (breakCount > 1) keep(runBreaks[1]);
      } else for (let j = 0; j < runCount; j++) keep(run[j]);
    }
    runCount = 0;
    breakCount = 0;
    seenText = true;
    keep(i);
  };
  let pos = 0;
  for (const d of deletions) {
    for (let i = pos; i < d.start; i++) visit(i);
    pos = Math.max(pos, d.end);
  }
  for (let i = pos; i < source.length; i++) visit(i);
  return ranges;
}

/** The clean stage: the given rules, else those of each document's language pack. */
export function createCleanStage(rules?: readonly CleanRule[]): Stage {
  return {
    name: 'clean',
    run(doc: Doc) {
      const result = cleanText(doc.article.body, rules ?? doc.pack.clean.rules);
      doc.text = result.text;
      doc.offsetMap = result.offsetMap;
      doc.removed = result.removed;
    },
  };
}
