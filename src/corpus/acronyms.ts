import { tableRows, type ItemRows } from '../store/rows.js';
import { normaliseName } from '../model/names.js';
import { ENTITIES_TABLE, ENTITY_NAMES_TABLE } from '../pipeline/stages/entities/tables.js';
import type { CorpusPort } from './port.js';
import { merge, type LongName } from './short-names.js';

/** An acronym as organisations are named by one: two to six capital letters ("PKK", "NATO"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * Resolves organisations known in an article only by an acronym ("PKK") to the one organisation an article defined it
 * for ("the Kurdistan Workers Party (PKK)": the acronym is among that organisation's names), as short person names are
 * resolved: on story evidence (the expansion is in the story; its events move too) or on corpus evidence (the only
 * organisation in the corpus holding the acronym, withdrawn when a second one defines it). Two organisations holding it
 * leave the acronym alone. When an
 * article first defines an acronym, earlier articles naming only the acronym are resolved then (bounded).
 */
export async function resolveAcronyms(port: CorpusPort, articleKey: number, published: string, storyKey: number, rows: ItemRows, entityKeys: Map<string, number>): Promise<void> {
  const orgs = tableRows(rows, ENTITIES_TABLE)
    .filter((e) => e.type === 'organisation')
    .map((e) => ({ ...e, key: entityKeys.get(e.id) }))
    .filter((e): e is typeof e & { key: number } => e.key !== undefined);
  for (const o of orgs) {
    if (!o.name.includes(' ')) continue;
    for (const n of tableRows(rows, ENTITY_NAMES_TABLE)) {
      if (n.entityId === o.id && ACRONYM.test(n.name)) await onDefinedAcronym(port, n.name);
    }
  }
  for (const o of orgs) {
    if (!ACRONYM.test(o.name)) continue;
    const holders = await expansionsOf(port, o.name, o.key);
    const inStory: LongName[] = [];
    for (const h of holders) if (orgs.some((x) => x.key === h.key) || (await port.storyHasEntity(storyKey, h.key))) inStory.push(h);
    if (inStory.length === 1) await merge(port, o.key, o.id, inStory[0], articleKey, published, o.name, 'story', 'acronym');
    else if (inStory.length === 0 && holders.length === 1) await merge(port, o.key, o.id, holders[0], articleKey, published, o.name, 'corpus', 'acronym');
  }
}

/** Organisations of longer names that hold the acronym among their names, other than the acronym's own entity. */
async function expansionsOf(port: CorpusPort, acronym: string, own: number): Promise<LongName[]> {
  return (await port.organisationsNamed(normaliseName(acronym)))
    .filter((h) => h.key !== own && h.name.includes(' '))
    .map((h) => ({ key: h.key, id: h.id, country: h.country, words: [], name: h.name }));
}

/** An acronym got (or confirmed) its expansion: earlier articles naming only the acronym resolve to the one holder. */
async function onDefinedAcronym(port: CorpusPort, acronym: string): Promise<void> {
  const named = await port.organisationsNamed(normaliseName(acronym));
  const holders = named.filter((h) => h.name.includes(' '));
  if (holders.length > 1) {
    // a second organisation holds it now: merges made on corpus evidence alone are ambiguous
    for (const m of await port.corpusMerges(acronym)) await port.removeEntityMerge(m.aliasKey, m.articleKey);
    return;
  }
  if (holders.length !== 1) return;
  const long: LongName = { key: holders[0].key, id: holders[0].id, country: holders[0].country, words: [], name: holders[0].name };
  for (const alias of named) {
    if (alias.name !== acronym) continue;
    for (const a of await port.unmergedArticlesOf(alias.key)) {
      const story = await port.storyOf(a.articleKey);
      const basis = story !== null && (await port.storyHasEntity(story, long.key)) ? 'story' : 'corpus';
      await merge(port, alias.key, alias.id, long, a.articleKey, a.published, acronym, basis, 'acronym');
    }
  }
}
