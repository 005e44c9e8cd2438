/** Text helpers shared by the views. */

/** A publication date for people: the day, and the time when the source gave one ("2024-09-03 08:00 UTC"). */
export function published(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  if (!m) return value;
  if (!m[2]) return m[1];
  const zone = !m[3] ? '' : m[3] === 'Z' || /^[+-]00:?00$/.test(m[3]) ? ' UTC' : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

/** A quotation without the quotation marks it was printed with (the UI draws its own). */
export function unquoted(text: string): string {
  return text.trim().replace(/^["“”‘’'«»„]+/, '').replace(/["“”‘’'«»„]+$/, '').trim();
}

/** An event's place, marked when it is the article's focus and not a place its sentence names (a low-confidence guess). */
export function placeLine(name: string | null, fromFocus: boolean | null): string {
  return `${name ?? '?'}${fromFocus ? ' (guessed from the article focus)' : ''}`;
}

/** "Source TYPE Target" for an event, with "?" for an unknown actor and nothing for a missing target. */
export function eventLine(e: { source: string | null; type: string; target: string | null }): string {
  return `${e.source ?? '?'} ${e.type}${e.target ? ' ' + e.target : ''}`;
}
