import type { PartyTag } from '../../../lang/types.js';
import type { Candidate, Cluster, DocView } from './context.js';
import { personNameParts } from './candidates.js';

/**
 * US party-state tags after a politician's name ("Sen. Mike Lee (R-Utah)", "Rep. Joe Kennedy, D-Mass.,"): the tag is
 * an attribute of the person (party and state), never an entity of its own.
 */

/** A tag found in the text: its token and what it says. */
export interface FoundTag {
  token: number;
  tag: PartyTag;
}

/**
 * Finds the party-state tags of the text and takes them out of the candidates: a span that is a tag (the recogniser
 * reads "R-Utah" as a name) is dropped; a person span that runs on into one ("Mike Lee (R-Utah") is cut before it.
 * `view.coveredBy` is rebuilt for the candidates that remain.
 */
export function takePartyTags(view: DocView, cands: Candidate[]): { cands: Candidate[]; tags: FoundTag[] } {
  const tags: FoundTag[] = [];
  for (let i = 0; i < view.length; i++) {
    const text = view.text[i];
    // cheap test first: a party letter and a hyphen
    if (text.length < 4 || text[1] !== '-') continue;
    const tag = view.lang.partyTag(text);
    if (tag) tags.push({ token: i, tag });
  }
  if (tags.length === 0) return { cands, tags };
  const isTag = new Set(tags.map((t) => t.token));
  const kept: Candidate[] = [];
  for (const c of cands) {
    let first = -1;
    for (let t = c.tokStart; t < c.tokEnd && first < 0; t++) if (isTag.has(t)) first = t;
    if (first < 0) {
      kept.push(c);
      continue;
    }
    let end = first;
    while (end > c.tokStart && (view.text[end - 1] === '(' || view.text[end - 1] === ',')) end--;
    if (c.cls !== 'person' || end === c.tokStart) continue;
    c.tokEnd = end;
    c.end = view.doc.tokens[end - 1].end;
    c.text = view.doc.text.slice(c.start, c.end);
    c.nameParts = personNameParts(view, c.tokStart, c.tokEnd);
    kept.push(c);
  }
  view.coveredBy.fill(-1);
  for (let i = 0; i < kept.length; i++) for (let t = kept[i].tokStart; t < kept[i].tokEnd; t++) view.coveredBy[t] = i;
  return { cands: kept, tags };
}

/**
 * Gives each tag to the person it follows: "Name (R-Utah)" and "Name, R-Utah," (a title or nothing between), and a
 * tag the recogniser took into the person's span ("Mike Lee R-Utah").
 */
export function attachPartyTags(view: DocView, cands: Candidate[], tags: FoundTag[]): void {
  for (const { token, tag } of tags) {
    let k = token - 1;
    if (k >= 0 && (view.text[k] === '(' || view.text[k] === ',')) k--;
    const idx = k >= 0 ? view.coveredBy[k] : -1;
    const c = idx >= 0 ? cands[idx] : null;
    if (!c || c.cls !== 'person' || c.tokEnd !== k + 1 || !c.cluster) continue;
    setParty(c.cluster, tag);
  }
}

function setParty(cluster: Cluster, tag: PartyTag): void {
  cluster.party ??= tag;
}
