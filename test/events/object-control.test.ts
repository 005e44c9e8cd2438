import { describe, expect, it } from 'vitest';
import { eventsOf as events, shownEvents } from '../helpers/events.js';

// sentences we wrote: "urge / call on / want / expect / force X to Y": Y is X's act; the one who asks is no doer of it,
// the act is wanted (hypothetical) unless the verb says it was made to happen, and wanting another to act is no intent
// of one's own
describe('a verb that names another as the doer of its to-infinitive', () => {
  it('"called on X to Y": X does Y, which is wanted, not done', () => {
    const list = events('The African Union called on Ethiopia to withdraw its troops from Somalia.');
    const withdraw = list.find((e) => e.type === 'RETREAT');
    expect(withdraw?.source?.country, shownEvents(list)).toBe('ETH');
    expect(withdraw?.modality).toBe('hypothetical');
    expect(list.find((e) => e.type === 'DEMAND')?.target?.country).toBe('ETH');
  });

  it('"expects X to Y": the act asked of X is hypothetical, and expecting is no intent of the one who expects', () => {
    const list = events('Kenya expects Ethiopia to return the prisoners.');
    expect(list.find((e) => e.type === 'AGREE'), shownEvents(list)).toBeUndefined();
    const back = list.find((e) => e.type === 'RETREAT');
    expect(back?.source?.country, shownEvents(list)).toBe('ETH');
    expect(back?.modality).toBe('hypothetical');
  });

  it('"wants X to Y" is a demand on X, not an intent of the one who wants', () => {
    const list = events('Ethiopia wants Eritrea to withdraw its troops.');
    const demand = list.find((e) => e.source?.country === 'ETH');
    expect(demand?.type, shownEvents(list)).toBe('DEMAND');
    expect(demand?.target?.country).toBe('ERI');
  });

  it('"pressed X to accept" an event noun: the noun\'s act is hypothetical', () => {
    const list = events('Egypt pressed Hamas to accept the ceasefire.');
    const ceasefire = list.find((e) => e.trigger.text === 'ceasefire');
    expect(ceasefire?.modality, shownEvents(list)).toBe('hypothetical');
  });

  it('"forced X to Y": the act was done, by X', () => {
    const list = events('Kenya forced the Somali militants to release the hostages.');
    const release = list.find((e) => e.trigger.text === 'release');
    expect(release?.source?.country, shownEvents(list)).toBe('SOM');
    expect(release?.modality).toBe('asserted');
  });
});
