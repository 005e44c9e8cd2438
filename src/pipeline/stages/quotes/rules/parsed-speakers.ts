import { findEntityAt } from '../../entities/lookup.js';
import type { QuoteContext } from '../context.js';
import { cueSubjectInside, governingVerbs, hangsOn, participleOnNounIn, subjectOf, subjectWithin, holdsVerb, implausibleSpeaker, parsedSpeaker } from '../shared/parse.js';
import type { TokenRange } from '../shared/speaker.js';
import type { Attribution, AttributionRule } from './rule.js';

/** Rules whose speaker is read from the words around a verb cue, which the parse can check. */
const VERB_CUE_RULES = new Set(['before', 'after', 'inverted', 'gerund', 'coordinated', 'trailing']);

/** Rules that borrow the speaker of the clause before (", adding …", "… and said …"): the parse's reading of which clause wins. */
const BORROWING_RULES = new Set(['gerund', 'coordinated']);

/**
 * The speaker of a verb cue is its subject in the dependency parse ("In April, federal prosecutors charged …": not
 * "April"; "A poll in late August found …": not "late August"). A refiner: where the words read around the cue are no
 * noun phrase that can speak (a time, an adverb, a verb, a prepositional phrase), the parse's subject is the speaker.
 * Elsewhere the words stay: they follow the conventions of names, titles and appositives the rules were written for.
 */
export const parsedSpeakers: AttributionRule = {
  name: 'parsed-speakers',
  apply(ctx, state) {
    const byCue = new Map<number, Attribution>();
    for (const f of state.found) if (f.cue && f.speaker && !byCue.has(f.cue.first)) byCue.set(f.cue.first, f);
    for (const a of state.found) {
      if (!a.cue || !VERB_CUE_RULES.has(a.rule) || !ctx.lang.cueForms.has(ctx.lower[a.cue.first])) continue;
      const read = a.speaker;
      // a phrase the parse holds no speaker in, unless the cue's own subject lies inside it after all ("— A spokesman for
      // Ana Ruiz called …", its role read as an adjunct of a dateline)
      const unusable = !read || (implausibleSpeaker(ctx, read) && !cueSubjectInside(ctx, a.cue.first, read)) || holdsVerb(ctx, read);
      // ", saying …" / "released a statement saying …": the verb of speaking the parse hangs the cue on names the speaker, not the last one read
      const reporter = BORROWING_RULES.has(a.rule) || unusable ? reporterOf(ctx, byCue, a) : null;
      if (reporter && !holdsVerb(ctx, reporter) && !insideContent(ctx, a.parts, reporter)) {
        a.speaker = reporter;
        continue;
      }
      // "The union issued a statement welcoming …": the words read hold the subject with its verb
      const own = read && holdsVerb(ctx, read) && !participleOnNounIn(ctx, a.cue.first, read) ? subjectWithin(ctx, read) : null;
      if (own) {
        a.speaker = own;
        continue;
      }
      const parsed = parsedSpeaker(ctx, a.cue.first);
      if (!parsed || holdsVerb(ctx, parsed) || insideContent(ctx, a.parts, parsed)) continue;
      if (unusable || !read) a.speaker = parsed;
      // "the party's leader, Omar Haddad, said": the subject with its name beats the title alone
      else if (overlaps(read, parsed) && !namesEntity(ctx, read) && namesEntity(ctx, parsed)) a.speaker = parsed;
      // "Lena Ortiz, the trade minister, a member of the Trade Council, said": an apposition read as the speaker gives way to the name it describes
      else if (hangsOn(ctx, read, parsed) && namesEntity(ctx, parsed, 'person')) a.speaker = parsed;
    }
  },
};

/**
 * The speaker of the attribution whose cue `a`'s cue hangs on in the parse, nearest first, passing over a cue that
 * lies in the content of another on the way ("X told the panel that she believes we must act, saying …": X, not
 * "she"); or the subject of the verb whose object the cue describes ("X released a statement saying …": X). Null
 * when the parse hangs the cue on no such verb.
 */
function reporterOf(ctx: QuoteContext, byCue: Map<number, Attribution>, a: Attribution): TokenRange | null {
  const { tokens, describedObjectOf } = governingVerbs(ctx, a.cue!.first);
  if (describedObjectOf >= 0) return subjectOf(ctx, describedObjectOf);
  const attributions = tokens.map((t) => {
    const f = byCue.get(t);
    return f && f !== a ? f : null;
  });
  for (let k = 0; k < tokens.length; k++) {
    const f = attributions[k];
    if (!f) continue;
    const start = ctx.tokens[tokens[k]].start;
    const reported = attributions.some((g, m) => m > k && g && g.parts.some((p) => p.start <= start && start < p.end));
    if (!reported) return f.speaker;
  }
  return null;
}

/** True when the entities layer has a mention (of that type, when given) inside the tokens [first, end). */
function namesEntity(ctx: QuoteContext, r: TokenRange, type?: string): boolean {
  const span = ctx.span(r.first, r.end);
  const entity = findEntityAt(ctx.doc, span.start, span.end);
  return entity !== null && (!type || entity.type === type);
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.first < b.end && b.first < a.end;
}

/** A subject inside what was said is the content's, not the speaker's. */
function insideContent(ctx: QuoteContext, parts: { start: number; end: number }[], r: TokenRange): boolean {
  const s = ctx.tokens[r.first].start;
  const e = ctx.tokens[r.end - 1].end;
  return parts.some((p) => s < p.end && p.start < e);
}
