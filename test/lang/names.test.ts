import { describe, expect, it } from 'vitest';
import { nameLookups } from '../../src/knowledge/titles.js';
import { english } from '../../src/lang/en/index.js';
import { englishNameWords } from '../../src/lang/en/names/words.js';
import type { LanguagePack } from '../../src/lang/types.js';
import { Doc } from '../../src/model/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';

describe('the words around names come from the language pack', () => {
  it('English: title heads and modifiers, links, honorifics, abbreviations, genders, organisation heads', () => {
    const names = english.names;
    expect(names.titleHead('Secretary of State')).toBe('secretary');
    expect(names.titleHead('Deputy Foreign Minister')).toBe('minister');
    expect(names.canonicalHead('adviser')).toBe('advisor');
    expect(names.isTitleWord('defence') && names.isTitleWord('mrs') && !names.isTitleWord('of')).toBe(true);
    expect(names.isTitleLink('of')).toBe(true);
    expect(names.expandTitleAbbreviation('gov.')).toBe('Governor');
    expect(names.isTitleHead('gov.')).toBe(true); // an abbreviation is a head
    expect(names.genderOfTitleWord('spokeswoman')).toBe('f');
    expect(names.genderOfTitleWord('mr')).toBe('m');
    expect(names.genderOfTitleWord('president')).toBeNull();
    expect(names.isOrganisationHead('university') && !names.isOrganisationHead('river')).toBe(true);
  });

  it('the entities stage reads the title heads of the document pack, not a list of its own', () => {
    // a made-up title: a role only for a pack that lists it
    const body = 'Harbourwarden Maria Keller said on Monday that the port would reopen. Keller spoke in Hamburg.';
    const article = { id: 'n-1', published: '2024-05-02', lang: 'en', body };
    const withTitle: LanguagePack = { ...english, names: nameLookups({ ...englishNameWords, titleHeads: [...englishNameWords.titleHeads, 'harbourwarden'] }) };
    const pipeline = createPipeline({ stages: ['clean', 'segment', 'syntax', 'ner', 'entities'] });
    const rolesOf = (doc: Doc): string[] => doc.entities.filter((e) => e.name.includes('Keller')).flatMap((e) => e.roles.map((r) => r.title));
    const plain = new Doc(article);
    const listed = new Doc(article, withTitle);
    for (const doc of [plain, listed]) for (const stage of pipeline.stages) stage.run(doc);
    expect(rolesOf(plain)).not.toContain('Harbourwarden');
    expect(rolesOf(listed)).toContain('Harbourwarden');
  });
});
