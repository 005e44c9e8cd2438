import type { LemmaExceptions } from '../../../lang/sections/syntax.js';

/**
 * Lemmas from the language pack's exception lists (src/lang/en/lemmas.ts for English), then from suffix edit rules learned on the
 * treebank's train split: for a tag and the longest known ending of the lower-cased word, strip n characters and
 * append a string ("studies" NOUN|NNS: "ies" → strip 3, add "y"). Proper nouns keep their case, as UD English writes them.
 */
export interface LemmaRules {
  /** "tagIndex:ending" → "strip:append"; the empty ending is each tag's default */
  rules: Record<string, string>;
  /** tag indices whose lemmas keep the word's case (proper nouns) */
  keepCase: number[];
  /** longest ending a rule looks at */
  maxEnding: number;
}

export interface CompiledLemmaRules {
  rules: Map<string, { strip: number; append: string }>;
  keepCase: Set<number>;
  maxEnding: number;
}

export function compileLemmaRules(r: LemmaRules): CompiledLemmaRules {
  const rules = new Map<string, { strip: number; append: string }>();
  for (const [k, v] of Object.entries(r.rules)) {
    const colon = v.indexOf(':');
    rules.set(k, { strip: Number(v.slice(0, colon)), append: v.slice(colon + 1) });
  }
  return { rules, keepCase: new Set(r.keepCase), maxEnding: r.maxEnding };
}

/** The edit that turns `form` into `lemma`: strip n characters from the end, then append. */
export function lemmaEdit(form: string, lemma: string): { strip: number; append: string } {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return { strip: form.length - p, append: lemma.slice(p) };
}

/** Apostrophe variants as the lists write them. */
function normalise(lower: string): string {
  return lower.indexOf('’') >= 0 ? lower.replace(/’/g, "'") : lower;
}

/**
 * The lemma of `form` with tag `tag` (index into the model's tag list, whose names are "UPOS|XPOS").
 * Rules only look at endings shorter than the word, so a whole word is never looked up from the training data.
 */
export function lemmatise(form: string, tag: number, upos: string, xpos: string, rules: CompiledLemmaRules, exceptions: LemmaExceptions): string {
  const lower = normalise(form.toLowerCase());
  const byTag = exceptions.byPennTag.get(`${xpos}:${lower}`);
  if (byTag !== undefined) return byTag;
  const irregular =
    upos === 'VERB' || upos === 'AUX'
      ? exceptions.verbs.get(lower)
      : upos === 'NOUN'
        ? exceptions.nouns.get(lower)
        : upos === 'ADJ'
          ? exceptions.adjectives.get(lower)
          : upos === 'ADV'
            ? exceptions.adverbs.get(lower)
            : undefined;
  if (irregular !== undefined) return irregular;
  const base = rules.keepCase.has(tag) ? form : lower;
  const longest = Math.min(rules.maxEnding, lower.length - 1);
  for (let n = longest; n >= 0; n--) {
    const rule = rules.rules.get(`${tag}:${lower.slice(lower.length - n)}`);
    if (rule) {
      if (rule.strip >= base.length) return base;
      return rule.strip || rule.append ? base.slice(0, base.length - rule.strip) + rule.append : base;
    }
  }
  return base;
}

/**
 * Learns suffix rules from (form, tag, lemma) triples: for each tag and each ending shorter than the word, the most
 * frequent edit; an ending is kept only where its edit differs from that of the next shorter ending and it was seen
 * `minCount` times, so the table holds the few hundred endings that matter.
 */
export function learnLemmaRules(
  examples: Iterable<{ form: string; tag: number; lemma: string }>,
  tagCount: number,
  /** tags that may keep case (proper nouns: "I" keeps its case by the exception list, not by its tag) */
  keepsCase: (tag: number) => boolean,
  maxEnding = 5,
  minCount = 3,
): LemmaRules {
  const counts = new Map<string, Map<string, number>>();
  const caseVotes = new Int32Array(tagCount * 2);
  for (const { form, tag, lemma } of examples) {
    if (lemma === '_' || !lemma) continue;
    const lower = normalise(form.toLowerCase());
    if (form !== lower) caseVotes[tag * 2 + (lemma === form ? 1 : 0)]++;
    const l = lemma === form ? lower : lemma.toLowerCase();
    const e = lemmaEdit(lower, l);
    const edit = `${e.strip}:${e.append}`;
    for (let n = 0; n <= Math.min(maxEnding, lower.length - 1); n++) {
      const key = `${tag}:${lower.slice(lower.length - n)}`;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(edit, (m.get(edit) ?? 0) + 1);
    }
  }
  const best = (key: string): { edit: string; count: number } | null => {
    const m = counts.get(key);
    if (!m) return null;
    let edit = '';
    let top = -1;
    let total = 0;
    for (const [e, c] of m) {
      total += c;
      if (c > top) {
        top = c;
        edit = e;
      }
    }
    return { edit, count: total };
  };
  const rules: Record<string, string> = {};
  // shorter endings first, so each ending's parent is decided before it
  const keys = [...counts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const colon = key.indexOf(':');
    const ending = key.slice(colon + 1);
    const b = best(key)!;
    if (ending.length === 0) {
      rules[key] = b.edit;
      continue;
    }
    if (b.count < minCount) continue;
    // the nearest shorter ending that is kept decides otherwise
    let parent: string | undefined;
    for (let n = ending.length - 1; n >= 0 && parent === undefined; n--) parent = rules[`${key.slice(0, colon)}:${ending.slice(ending.length - n)}`];
    if (parent !== b.edit) rules[key] = b.edit;
  }
  const keepCase: number[] = [];
  for (let t = 0; t < tagCount; t++) if (keepsCase(t) && caseVotes[t * 2 + 1] > caseVotes[t * 2]) keepCase.push(t);
  return { rules, keepCase, maxEnding };
}
