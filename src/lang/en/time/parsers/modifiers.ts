/** Words before an expression that become its TIMEX3 mod, and how the span is extended over them. */

/** "early 1990", "late Friday", "mid-1996", "the end of 1990", "earlier this month". */
export const POSITION_MOD = '(?:(?:the\\s+)?(?:very\\s+)?(?:early|late|mid|earlier|later|beginning\\s+of|end\\s+of|start\\s+of|middle\\s+of|close\\s+of|turn\\s+of)(?:-|\\s+)(?:in\\s+)?)';

export function positionMod(text: string | undefined): string | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (/\b(early|earlier|beginning|start)\b/.test(t)) return 'START';
  if (/\b(late|later|end|close|turn)\b/.test(t)) return 'END';
  if (/\b(mid|middle)\b/.test(t)) return 'MID';
  return null;
}

/** "about three years", "more than four hours", "almost a hundred years". */
export const QUANTITY_MOD =
  '(?:(?:about|around|approximately|roughly|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|just\\s+over|just\\s+under|well\\s+over|only|just|barely|close\\s+to|upwards\\s+of)\\s+)';

export function quantityMod(text: string | undefined): string | null {
  if (!text) return null;
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(about|around|approximately|roughly|nearly|some|close to)$/.test(t)) return 'APPROX';
  if (/^(almost|less than|fewer than|under|just under|barely)$/.test(t)) return 'LESS_THAN';
  if (/^(more than|over|just over|well over|upwards of)$/.test(t)) return 'MORE_THAN';
  if (t === 'at least') return 'EQUAL_OR_MORE';
  if (/^(at most|up to|no more than)$/.test(t)) return 'EQUAL_OR_LESS';
  return null;
}
