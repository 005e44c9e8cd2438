import { describe, expect, it } from 'vitest';
import { eventsOf as events, shownEvents as shown } from '../helpers/events.js';

// sentences and short articles we wrote: what is, and what is not, a political event

describe('an event needs a political actor in a role', () => {
  it.each([
    'John Smith accused Mary Jones of fraud.',
    'Anna Petrova praised Ivan Sokolov for his courage.',
    'He attacked her with a knife, and she fought back.',
    'They agreed to meet again next week.',
    'Tom promised Lucy that he would help her.',
  ])('private people and unresolved pronouns code nothing: %s', (text) => {
    const list = events(text);
    expect(list, shown(list)).toEqual([]);
  });

  it('the same acts by officials of a country are events', () => {
    const list = events('French President Emmanuel Macron praised the Italian prime minister for his courage.');
    expect(list.find((e) => e.type === 'SUPPORT')?.source?.country, shown(list)).toBe('FRA');
  });

  it('a private party acting on a government is an event', () => {
    const list = events('Acme Corp sued the German government over the new tax.');
    expect(list.find((e) => e.type === 'DISAPPROVE')?.target?.code, shown(list)).toBe('DEUGOV');
  });
});
