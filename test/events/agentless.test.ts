import { describe, expect, it } from 'vitest';
import { eventsOf, shownEvents } from '../helpers/events.js';

// sentences we wrote: when the parse's subject of an act is a thing or a force of nature, no actor named elsewhere in
// the sentence did it

describe('a subject that names no actor leaves the act without a source', () => {
  it('rains that flooded a region forced no one by China', () => {
    const found = eventsOf('Heavy rains flooded parts of southern China, forcing thousands of residents to evacuate.');
    expect(found.filter((e) => e.source?.country === 'CHN' && e.source.sector !== 'CVL'), shownEvents(found)).toEqual([]);
  });
  it('a car bomb that killed people is still an attack, by no one named', () => {
    const found = eventsOf('A car bomb killed 12 people in a market in Baghdad on Friday.');
    const attack = found.find((e) => e.type === 'ASSAULT');
    expect(attack?.source ?? null, shownEvents(found)).toBeNull();
    expect(attack?.target?.country, shownEvents(found)).toBe('IRQ');
  });
  it('an actor named as the subject still acts', () => {
    const found = eventsOf('Heavy fighting forced the Nigerian army to withdraw from the town.');
    expect(found.filter((e) => e.type === 'COERCE' && e.source?.country === 'NGA'), shownEvents(found)).toEqual([]);
  });
  it('a named subject keeps its act', () => {
    const found = eventsOf('Kenya expelled two Chinese diplomats on Monday.');
    expect(found.some((e) => e.source?.code === 'KEN' && e.target?.code === 'CHNGOV'), shownEvents(found)).toBe(true);
  });
});
