import type { Candidate, Cluster, DocView, RoleDraft } from './context.js';

/** Tokens that may close an apposition. */
const APPOSITION_CLOSERS = new Set([',', '.', ')', ';', '—', '–', ':', '"', '”']);


/** A title run [start, end) of uncovered title words ending at `end` in one sentence, containing a head; or null. */
export function titleRunBefore(view: DocView, end: number): [number, number] | null {
  const sentence = view.sentenceOf[end - 1] ?? -1;
  // "co-founder of Zalando": a run ending in a link word belongs to what follows it, not to a name
  if (end < 1 || view.names.isTitleLink(view.lower[end - 1])) return null;
  let j = end - 1;
  while (j >= 0 && view.sentenceOf[j] === sentence && view.coveredBy[j] < 0) {
    const lower = view.lower[j];
    if (view.names.isTitleWord(lower) || (view.names.isTitleLink(lower) && j > 0 && view.names.isTitleWord(view.lower[j - 1]))) j--;
    else break;
  }
  let s = j + 1;
  while (s < end && (view.names.isTitleLink(view.lower[s]) || view.lang.gradingWords.has(view.lower[s]))) s++;
  if (s >= end) return null;
  for (let k = s; k < end; k++) if (view.names.isTitleHead(view.lower[k])) return [s, end];
  return null;
}

/** A title run starting at `start` (forward), containing a head; or null. */
function titleRunAfter(view: DocView, start: number): [number, number] | null {
  const sentence = view.sentenceOf[start] ?? -1;
  let k = start;
  while (k < view.length && view.lang.gradingWords.has(view.lower[k])) k++;
  const s = k;
  let lastHead = -1;
  while (k < view.length && view.sentenceOf[k] === sentence && view.coveredBy[k] < 0) {
    const lower = view.lower[k];
    if (view.names.isTitleWord(lower)) {
      if (view.names.isTitleHead(lower)) lastHead = k;
      k++;
    } else if (view.names.isTitleLink(lower) && k + 1 < view.length && view.names.isTitleWord(view.lower[k + 1]) && view.coveredBy[k + 1] < 0) k++;
    else break;
  }
  return lastHead >= 0 ? [s, k] : null;
}

/** The candidate covering token i, when there is one. */
function candidateAt(view: DocView, cands: Candidate[], i: number): Candidate | null {
  if (i < 0 || i >= view.length) return null;
  const idx = view.coveredBy[i];
  return idx >= 0 ? cands[idx] : null;
}

/** Country and owner a modifier gives a role: "Russian", "US", "Kremlin", "TASS", or a possessor ("Biden's"). */
function modifierOf(c: Candidate): { country: string | null; of: Cluster | null } {
  if (c.cls === 'person' && c.cluster) {
    const withCountry = [...c.cluster.roles].reverse().find((r) => r.country);
    return { country: withCountry?.country ?? c.cluster.country, of: c.cluster };
  }
  if (c.cls === 'seat' || c.cls === 'organisation') return { country: c.standIn?.country ?? c.country, of: c.cluster ?? null };
  if (c.cls === 'country' || c.cls === 'group') return { country: c.country, of: null };
  if (c.cls === 'place' && c.standIn) return { country: c.standIn.country, of: null };
  return { country: null, of: null };
}

/** The role text of a run, without leading honorifics ("Mr"). Null when only honorifics remain. */
function roleText(view: DocView, run: [number, number]): string | null {
  let s = run[0];
  while (s < run[1] && view.names.isHonorific(view.lower[s]) && !view.names.isTitleHead(view.lower[s])) s++;
  if (s >= run[1]) return null;
  let abbreviated = false;
  for (let k = s; k < run[1] && !abbreviated; k++) abbreviated = view.names.expandTitleAbbreviation(view.lower[k]) !== null;
  if (!abbreviated) return view.slice(s, run[1]);
  // "former Gov." reads as "former Governor"
  const words: string[] = [];
  for (let k = s; k < run[1]; k++) words.push(view.names.expandTitleAbbreviation(view.lower[k]) ?? view.text[k]);
  return words.join(' ');
}

function noteGender(view: DocView, run: [number, number], cluster: Cluster): void {
  for (let k = run[0]; k < run[1]; k++) {
    const g = view.names.genderOfTitleWord(view.lower[k]);
    if (g && !cluster.gender) cluster.gender = g;
  }
}

function addRole(cluster: Cluster, role: RoleDraft): void {
  const same = cluster.roles.find((r) => r.title.toLowerCase() === role.title.toLowerCase());
  if (same) {
    same.country ??= role.country;
    same.of ??= role.of;
    return;
  }
  cluster.roles.push(role);
  cluster.country ??= role.country;
}

/**
 * Reads each person mention's titles: before the name ("US President Joe Biden", "Kremlin spokesman Dmitry Peskov",
 * "Biden's National Security Advisor Jake Sullivan", "The Kremlin spokesman, Dmitry Peskov"), and in apposition after
 * it ("Jake Sullivan, the national security adviser,", "Sergei Shoigu, Russia's defence minister,"). The country comes
 * from a country, demonym, seat or capital before the title, from "of Country" after it, or from the possessor's own
 * role. Mentions are read left to right, so a possessor's role is known before it is used.
 */
export function assignRoles(view: DocView, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.cls !== 'person' || !c.cluster || c.cluster.ambiguous) continue;
    const cluster = c.cluster;
    // before the name; an optional comma between title and name only after a determiner or modifier
    let end = c.tokStart;
    let commaForm = false;
    if (view.lower[end - 1] === ',' && end >= 2) {
      end -= 1;
      commaForm = true;
    }
    const run = titleRunBefore(view, end);
    if (run) {
      const before = run[0] - 1;
      let mod: Candidate | null = null;
      if (view.lower[before] === "'s") mod = candidateAt(view, cands, before - 1);
      else {
        const m = candidateAt(view, cands, before);
        if (m && m.tokEnd === run[0]) mod = m;
      }
      const opener = view.lower[before] ?? '';
      const acceptable = !commaForm || mod !== null || view.lang.titleArticles.has(opener);
      const text = acceptable ? roleText(view, run) : null;
      noteGender(view, run, cluster);
      if (text) {
        const { country, of } = mod ? modifierOf(mod) : { country: null, of: null };
        addRole(cluster, { title: text, start: view.doc.tokens[run[0]].start, end: view.doc.tokens[run[1] - 1].end, country, of });
      }
    }
    // apposition after the name
    if (view.lower[c.tokEnd] !== ',') continue;
    let k = c.tokEnd + 1;
    if (view.lang.appositionDeterminers.has(view.lower[k])) k++;
    let mod: Candidate | null = null;
    const m = candidateAt(view, cands, k);
    if (m && m.tokStart === k && m.cls !== 'person') {
      mod = m;
      k = m.tokEnd;
      if (view.lower[k] === "'s") k++;
    }
    const after = titleRunAfter(view, k);
    if (!after) continue;
    let close = after[1];
    let ofMod: Candidate | null = null;
    if (view.lang.ownerLinks.has(view.lower[close])) {
      let q = close + 1;
      if (view.lower[q] === view.lang.definiteArticle) q++;
      // "adviser to President Joe Biden": skip the owner's own title to reach the owner
      const ownerTitle = titleRunAfter(view, q);
      if (ownerTitle && candidateAt(view, cands, ownerTitle[1])?.cls === 'person') q = ownerTitle[1];
      const o = candidateAt(view, cands, q);
      if (o && o.tokStart === q && (o.cls !== 'person' || o.cluster !== cluster)) {
        ofMod = o;
        close = o.tokEnd;
      }
    }
    const closer = view.lower[close];
    const endsSentence = close >= view.length || view.sentenceOf[close] !== view.sentenceOf[c.tokStart];
    if (!endsSentence && !APPOSITION_CLOSERS.has(closer ?? '')) continue;
    noteGender(view, after, cluster);
    const text = roleText(view, after);
    if (!text) continue;
    const fromMod = mod ? modifierOf(mod) : { country: null, of: null };
    const fromOf = ofMod ? modifierOf(ofMod) : { country: null, of: null };
    addRole(cluster, {
      title: text,
      start: view.doc.tokens[after[0]].start,
      end: view.doc.tokens[after[1] - 1].end,
      country: fromMod.country ?? fromOf.country,
      of: fromMod.of ?? fromOf.of,
    });
  }
}
