import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { QuoteContext } from '../../src/pipeline/stages/quotes/context.js';
import { ATTRIBUTION_RULES, CLAUSE_RULES, findAttributions } from '../../src/pipeline/stages/quotes/rules/index.js';
import { cueClauses } from '../../src/pipeline/stages/quotes/rules/cue-clauses.js';

const segmenter = createPipeline({ stages: ['segment'] });
const contextOf = (body: string) => new QuoteContext(segmenter.run({ id: 't', published: '2024-03-01', body, lang: 'en' }));

describe('the attribution rules are a configuration', () => {
  it('have one name each', () => {
    for (const list of [ATTRIBUTION_RULES, CLAUSE_RULES]) expect(new Set(list.map((r) => r.name)).size).toBe(list.length);
  });

  it('find with the rules listed, and only with them', () => {
    const ctx = contextOf('“The harbour will reopen on Friday,” the port director said.');
    expect(findAttributions(ctx).map((a) => a.rule)).toEqual(['trailing']);
    // without the trailing rule the cue is left to the clause rules, which read "C, X said" with its own confidence
    const withoutTrailing = ATTRIBUTION_RULES.filter((r) => r.name !== 'trailing');
    const found = findAttributions(contextOf('“The harbour will reopen on Friday,” the port director said.'), withoutTrailing);
    expect(found.map((a) => [a.rule, a.confidence])).toEqual([['after', 0.85]]);
  });

  it('try the clause rules in their order, the first claim winning', () => {
    const body = 'The mayor said the harbour would reopen on Friday.';
    expect(findAttributions(contextOf(body)).map((a) => a.rule)).toEqual(['before']);
    const noClauses = ATTRIBUTION_RULES.map((r) => (r.name === 'cue-clauses' ? cueClauses(CLAUSE_RULES.filter((c) => c.name !== 'before')) : r));
    expect(findAttributions(contextOf(body), noClauses)).toEqual([]);
  });
});
