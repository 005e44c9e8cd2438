import { describe, expect, it } from 'vitest';
import { eventsOf, shownEvents } from '../helpers/events.js';

// sentences we wrote: a verb of the field's dictionary that none of its patterns refines ("think", "want", "go",
// "help") holds every sense of the word; it codes an act only between a subject and an object the parse gives it

describe('a dictionary verb with no refining pattern needs two parties in its own clause', () => {
  it('a belief is no consultation', () => {
    const found = eventsOf('“I think that France is making a mistake,” the German chancellor told reporters in Berlin.');
    expect(found.filter((e) => e.trigger.text === 'think'), shownEvents(found)).toEqual([]);
  });
  it('a wish is no promise', () => {
    const found = eventsOf('Republicans in the Senate want to keep their majority for another two years.');
    expect(found.filter((e) => e.trigger.text === 'want'), shownEvents(found)).toEqual([]);
  });
  it('going somewhere with no party there is no consultation', () => {
    const found = eventsOf('The Brazilian president left early to go home before the vote in the Congress.');
    expect(found.filter((e) => e.type === 'CONSULT'), shownEvents(found)).toEqual([]);
  });
  it('a verb of the lexicon between two parties still codes', () => {
    const found = eventsOf('Kenya expelled two Chinese diplomats on Monday.');
    expect(found.some((e) => e.source?.code === 'KEN' && e.target?.code === 'CHNGOV'), shownEvents(found)).toBe(true);
  });
});

describe('a past form the parser hung on a verbless sentence\'s root noun', () => {
  it('is the main verb when the noun has a subject before it', () => {
    const found = eventsOf('Syrian jets struck positions near Idlib on Friday.');
    expect(found.some((e) => e.type === 'FIGHT' && e.source?.code === 'SYRMIL'), shownEvents(found)).toBe(true);
  });
  it('is an adjective when the noun is a predicate: a planned attack was planned by no one in the sentence', () => {
    const found = eventsOf('Officials said that the bombing was a planned attack by a militia from the south.');
    expect(found.filter((e) => e.type === 'AGREE'), shownEvents(found)).toEqual([]);
  });
});
