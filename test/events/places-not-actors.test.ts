import { describe, expect, it } from 'vitest';
import { eventsOf as events, shownEvents } from '../helpers/events.js';

// sentences we wrote: a town or region named after "in", "at", "through" says where an act happened, even where the
// actor dictionary lists the town under its country; it is no party to the act
describe('a place phrase is where, not who', () => {
  it('talks held in a city are with the party named, not with the city', () => {
    const list = events('The Kenyan foreign minister held talks in Geneva with Ethiopian officials.');
    const talks = list.find((e) => e.type === 'CONSULT');
    expect(talks?.target?.country, shownEvents(list)).toBe('ETH');
    expect(talks?.place?.name).toBe('Geneva');
  });

  it('a meeting in a city aims at no one', () => {
    const list = events('The Ethiopian delegation ended its meeting in Geneva on Friday.');
    expect(list.length, shownEvents(list)).toBeGreaterThan(0);
    for (const e of list) expect(e.target?.name ?? null, shownEvents(list)).not.toBe('Geneva');
  });

  it('the event noun a passive participle modifies is its patient, not the city the noun was held in', () => {
    const list = events('Talks in Geneva mediated by Qatar ended on Friday.');
    for (const e of list) expect(e.target?.name ?? null, shownEvents(list)).not.toBe('Geneva');
  });

  it('an arrest in a town is of its people, not of the state', () => {
    const e = events('Kenyan police arrested two men in Mombasa on Friday.').find((x) => x.type === 'COERCE');
    expect(e?.target?.code).toBe('KENCVL');
  });

  it('towns listed after a locative preposition are all where', () => {
    const list = events('The Kenyan president rallied supporters in Mombasa and Nakuru on Sunday.');
    expect(list.length, shownEvents(list)).toBeGreaterThan(0);
    for (const e of list) expect([null, 'Mombasa', 'Nakuru'].indexOf(e.target?.name ?? null), shownEvents(list)).toBe(0);
  });
});
