import type { DateCandidate, PageEvidence } from './evidence.js';

export interface ChosenDates {
  published?: DateCandidate;
  modified?: DateCandidate;
}

/** How far before the headline a byline date may stand ("Politik | 07.11.2023" above the title), in characters. */
const BYLINE_BEFORE = 300;
/** How far after the headline's start a byline date may stand (headline, standfirst, "By X, 3 May 2019"). */
const BYLINE_AFTER = 600;

/** A byline line holds a name, a place, a label and the date; a line longer than this is a sentence of the story. */
const BYLINE_LINE_MAX = 100;

/** Whether a visible date reads as the page's own particulars rather than a date mentioned in a sentence. */
function isParticular(c: DateCandidate): boolean {
  if (c.source !== 'text') return true;
  return c.kind === 'published' || !!c.context?.dateish || (c.lineRest ?? Infinity) <= BYLINE_LINE_MAX;
}

function isVisible(c: DateCandidate): boolean {
  return c.position !== undefined && (c.source === 'text' || c.source === 'time' || c.source === 'microdata' || c.source === 'abbr');
}

/** A date above the headline counts as this many times as far as one below it. */
const BEFORE_WEIGHT = 3;

/** Dates of other containers (a comment, a teaser) may stand this close to the headline only if they are its own. */
const FOREIGN_BEFORE = 100;
const FOREIGN_AFTER = 200;

/** The visible dates of the byline zone that are the page's own particulars, nearest the headline first. */
function bylineDates(evidence: PageEvidence): DateCandidate[] {
  const h = evidence.headlineAt;
  if (h === undefined) return [];
  const scored: Array<[number, DateCandidate]> = [];
  for (const c of evidence.candidates) {
    if (!isVisible(c) || c.kind === 'modified' || c.yearOnly || !isParticular(c)) continue;
    const d = c.position! - h;
    if (d < -BYLINE_BEFORE || d > BYLINE_AFTER) continue;
    // a date in the headline is what the story is about ("Minutes of the meeting of 10 October")
    if (evidence.headlineEnd !== undefined && c.position! >= h && c.position! < evidence.headlineEnd) continue;
    if (c.context?.foreign && (d < -FOREIGN_BEFORE || d > FOREIGN_AFTER)) continue;
    // below a headline is its byline's place; above it, in a list of stories, the previous story's date
    scored.push([d < 0 ? -BEFORE_WEIGHT * d : d, c]);
  }
  // the page's own dates first; a foreign-looking one only where the zone has no other
  return scored.sort((a, b) => Number(!!a[1].context?.foreign) - Number(!!b[1].context?.foreign) || a[0] - b[0]).map(([, c]) => c);
}

/** The byline's date: the nearest in the zone. */
function bylineDate(zone: DateCandidate[]): DateCandidate | undefined {
  return zone[0];
}

/** Of some visible dates, the one nearest the headline (or the first, on a page without one). */
function nearestHeadline(evidence: PageEvidence, candidates: DateCandidate[]): DateCandidate | undefined {
  const h = evidence.headlineAt;
  if (h === undefined) return candidates[0];
  return [...candidates].sort((a, b) => Math.abs(a.position! - h) - Math.abs(b.position! - h))[0];
}

function first(candidates: DateCandidate[], test: (c: DateCandidate) => boolean): DateCandidate | undefined {
  return candidates.find(test);
}

/** The page's declared publication: its own JSON-LD article, then meta tags, then microdata and marked <time>. */
function markupDate(candidates: DateCandidate[]): DateCandidate | undefined {
  return (
    first(candidates, (c) => c.source === 'json-ld' && c.kind === 'published' && !!c.mainItem) ??
    first(candidates, (c) => c.source === 'meta' && c.kind === 'published') ??
    first(candidates, (c) => (c.source === 'microdata' || c.source === 'time' || c.source === 'abbr') && c.kind === 'published' && !c.context?.foreign)
  );
}

function modifiedDate(candidates: DateCandidate[]): DateCandidate | undefined {
  return (
    first(candidates, (c) => c.source === 'json-ld' && c.kind === 'modified' && !!c.mainItem) ??
    first(candidates, (c) => c.source === 'meta' && c.kind === 'modified') ??
    first(candidates, (c) => c.kind === 'modified' && !c.context?.foreign)
  );
}

/**
 * The publication and last-change dates of a page, from what it declares and shows. In order of trust:
 * the date in the URL (fixed when the story is first published, never re-stamped); the date shown next to the
 * headline (the writer's own day, where markup may carry the server's UTC day or a republication); the declared
 * publication in markup; a date labelled "published"; a date element's date; the generic "date" meta; the last change.
 */
export function chooseDates(evidence: PageEvidence): ChosenDates {
  const all = evidence.candidates.filter((c) => !c.yearOnly);
  const modified = modifiedDate(all);
  // a wiki page has no publication: it is what its last edit made it
  if (evidence.wiki && modified) return { published: modified };
  const own = all.filter((c) => !c.context?.foreign);
  const url = first(all, (c) => c.source === 'url');
  const zone = bylineDates(evidence);
  const byline = bylineDate(zone);
  const markup = markupDate(all);
  // the page shows a date beside its headline that its markup does not state: the reader's date wins (markup may carry
  // the server's UTC day, or a first upload the page no longer shows), unless the page shows the markup's day elsewhere
  const corroborated = markup && all.some((c) => isVisible(c) && (c.day === markup.day || c.otherReading === markup.day) && !c.context?.foreign);
  const shown = markup && byline && !corroborated ? byline : undefined;
  const published =
    url ??
    shown ??
    markup ??
    byline ??
    first(own, (c) => c.source === 'text' && c.kind === 'published') ??
    first(own, (c) => isVisible(c) && c.source !== 'text' && c.kind !== 'modified') ??
    first(all, (c) => c.source === 'meta' && c.kind === 'unknown') ??
    first(own, (c) => isVisible(c) && !!c.context?.dateish && c.kind !== 'modified') ??
    modified ??
    first(all, (c) => c.source === 'script') ??
    first(own, (c) => c.source === 'text') ??
    nearestHeadline(evidence, all.filter((c) => isVisible(c) && c.kind !== 'modified'));
  return { published, modified: modified && published && modified.day > published.day ? modified : undefined };
}
