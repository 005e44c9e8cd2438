import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/model/doc.js';
import { createSegmentStage } from '../../src/pipeline/stages/segment/index.js';
import { createNerStage } from '../../src/pipeline/stages/ner/index.js';
import { readPartyTag } from '../../src/lang/en/entities/party-tags.js';
import type { EntityRecord } from '../../src/model/layers/entities.js';
import { docWithMentions, entitiesOf, only } from './helpers.js';

/** The whole way from text: segment, the committed recogniser, entities. */
function analyse(text: string): EntityRecord[] {
  const doc = new Doc({ id: 'test', published: '2024-03-01', body: text, lang: 'en' });
  createSegmentStage().run(doc);
  ner.run(doc);
  return entitiesOf(doc);
}
const ner = createNerStage();

const people = (entities: EntityRecord[]): string[] => entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('names: first name, middle initial and last name are one person', () => {
  it('keeps "Paul D. Ryan" whole, from the recogniser onwards', () => {
    const entities = analyse('House Speaker Paul D. Ryan said on Thursday that the spending bill would reach the floor next week.');
    expect(people(entities)).toEqual(['Paul D. Ryan']);
    expect(only(entities, 'Paul D. Ryan').roles.map((r) => r.title)).toContain('House Speaker');
  });

  it('joins a span that stops at the initial, and a span that starts with it, to the rest of the name', () => {
    const stopped = entitiesOf(docWithMentions('Former President George W. Bush spoke at the ranch.', [['George W.', 'PER']]));
    expect(people(stopped)).toEqual(['George W. Bush']);
    const split = entitiesOf(docWithMentions('Paul D. Ryan said no.', [['Paul', 'PER'], ['D. Ryan', 'PER']]));
    expect(people(split)).toEqual(['Paul D. Ryan']);
    // an organisation after the initial is not taken into the name
    const org = entitiesOf(docWithMentions('Anna K. Reuters reported it.', [['Anna K.', 'PER'], ['Reuters', 'ORG']]));
    expect(people(org)).toEqual(['Anna K.']);
  });

  it('joins a later short form to the full name', () => {
    const entities = analyse('Senator Mary J. Blige-Hart voted no. Blige-Hart later told reporters she would try again in the spring.');
    expect(people(entities)).toEqual(['Mary J. Blige-Hart']);
  });
});

describe('names: a title before a name is a role of one person', () => {
  it('reads "U.S. Defense Secretary Mark Esper" as Mark Esper, Defense Secretary of the US', () => {
    const entities = analyse('U.S. Defense Secretary Mark Esper told reporters on Monday that the troops would stay through the winter.');
    const esper = only(entities, 'Mark Esper');
    expect(esper.type).toBe('person');
    expect(esper.roles).toEqual([expect.objectContaining({ title: 'Defense Secretary', country: 'US' })]);
    expect(entities.map((e) => e.name)).not.toContain('Mark');
    expect(entities.map((e) => e.name)).not.toContain('Esper');
    expect(entities.some((e) => e.type === 'organisation')).toBe(false);
  });

  it('moves the title words out of a span the recogniser gave a country and a department word', () => {
    const doc = docWithMentions('Canadian Health Minister Jane Okafor spoke first.', [
      ['Canadian Health', 'ORG'],
      ['Jane Okafor', 'PER'],
    ]);
    const entities = entitiesOf(doc);
    expect(only(entities, 'Jane Okafor').roles).toEqual([expect.objectContaining({ title: 'Health Minister', country: 'CA' })]);
    expect(entities.some((e) => e.type === 'organisation')).toBe(false);
  });

  it('leaves an organisation named with title words alone ("White House spokesman")', () => {
    const doc = docWithMentions('White House spokesman Tom Reyes declined to comment.', [
      ['White House', 'ORG'],
      ['Tom Reyes', 'PER'],
    ]);
    const entities = entitiesOf(doc);
    expect(entities.map((e) => e.name)).toContain('White House');
  });
});

describe('names: party-state tags are attributes of the person', () => {
  it('reads tags in AP, postal and spelled-out forms', () => {
    expect(readPartyTag('R-Utah')).toEqual({ party: 'Republican', state: 'Utah' });
    expect(readPartyTag('D-Mass.')).toEqual({ party: 'Democratic', state: 'Massachusetts' });
    expect(readPartyTag('D-N.Y')).toEqual({ party: 'Democratic', state: 'New York' });
    expect(readPartyTag('I-VT')).toEqual({ party: 'Independent', state: 'Vermont' });
    expect(readPartyTag('R-Gotham')).toBeNull();
    expect(readPartyTag('X-Men')).toBeNull();
  });

  it('gives "(R-Utah)" and ", D-Mass.," to the senator before them, and makes no entity of them', () => {
    const entities = analyse('Sen. Mike Lee (R-Utah) and Rep. Joe Kennedy, D-Mass., voted against the measure on Friday.');
    expect(entities.filter((e) => /^[RDI]-/.test(e.name))).toEqual([]);
    expect(only(entities, 'Mike Lee').party).toEqual({ party: 'Republican', state: 'Utah' });
    expect(only(entities, 'Joe Kennedy').party).toEqual({ party: 'Democratic', state: 'Massachusetts' });
  });

  it('drops a tag span the recogniser found even without a person before it, and cuts a run-on person span', () => {
    const doc = docWithMentions('The bill, which Ann Cole R-Texas wrote, passed. R-Ohio was not in the room.', [
      ['Ann Cole R-Texas', 'PER'],
      ['R-Ohio', 'ORG'],
    ]);
    const entities = entitiesOf(doc);
    expect(entities.map((e) => e.name)).toEqual(['Ann Cole']);
    expect(entities[0].party).toEqual({ party: 'Republican', state: 'Texas' });
  });

  it('leaves people without a tag without a party', () => {
    const entities = analyse('Governor Lisa Marsh signed the budget on Tuesday.');
    expect(only(entities, 'Lisa Marsh').party).toBeUndefined();
  });
});

describe('names: companies stay organisations outside Reuters style', () => {
  it('types "Boeing" an organisation through the article, and no company as a person', () => {
    const entities = analyse(
      'Boeing said on Monday it would cut 2,000 jobs at its plant near Seattle. Boeing\'s shares fell 3 percent after ' +
        'Ryanair cancelled an order for 40 jets. Boeing has lost orders all year.',
    );
    const boeing = entities.filter((e) => e.name === 'Boeing');
    expect(boeing.map((e) => e.type)).toEqual(['organisation']);
    expect(boeing[0].mentions.filter((m) => m.via === 'name').length).toBe(3);
    expect(people(entities)).toEqual([]);
  });

  it('gives a name read once surely as an organisation that type in the whole article', () => {
    const text = 'Boeing said it would cut jobs. Later, Boeing told staff. Boeing has lost orders.';
    const doc = docWithMentions(text, [['Boeing', 'PER', 0.6]]);
    doc.mentions[0] = { ...doc.mentions[0], label: 'ORG', confidence: 0.92 };
    const entities = entitiesOf(doc);
    expect(entities.map((e) => [e.name, e.type])).toEqual([['Boeing', 'organisation']]);
    expect(entities[0].mentions.length).toBe(3);
  });

  it('leaves readings alone when none is sure, and a surname of a person named in full', () => {
    const unsure = docWithMentions('Acme said it would cut jobs. Acme told staff.', [['Acme', 'PER', 0.6]]);
    unsure.mentions[0] = { ...unsure.mentions[0], label: 'ORG', confidence: 0.7 };
    expect(entitiesOf(unsure).map((e) => e.type).sort()).toEqual(['organisation', 'person']);
    const ford = docWithMentions('Gerald Ford visited the plant. Ford shares rose. Ford spoke.', [['Gerald Ford', 'PER'], ['Ford', 'PER', 0.7]]);
    ford.mentions[1] = { ...ford.mentions[1], label: 'ORG', confidence: 0.9 };
    const entities = entitiesOf(ford);
    const lastFord = ford.text.lastIndexOf('Ford');
    expect(entities.find((e) => e.name === 'Gerald Ford')?.mentions.map((m) => m.start)).toContain(lastFord);
  });
});
