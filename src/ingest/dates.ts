/** A calendar date or an ISO 8601 date-time, checked for impossible values ("2023-13-45"). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalises a publication date to YYYY-MM-DD or a full ISO date-time; throws one clear message when it is not one. */
export function parsePublished(value: string): string {
  const v = value.trim();
  const m = ISO_DATE.exec(v);
  if (!m) throw new Error(`"${value}" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)`);
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = +y, month = +mo, day = +d;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw new Error(`impossible date ${v.slice(0, 10)}`);
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (+h > 23 || +mi > 59 || (s !== undefined && +s > 59)) throw new Error(`impossible time in ${v}`);
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ? normaliseZone(zone) : 'Z'}`;
  if (Number.isNaN(Date.parse(iso))) throw new Error(`impossible date-time ${v}`);
  return iso;
}

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}
