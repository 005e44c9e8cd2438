import { describe, expect, it } from 'vitest';
import { resolveIn } from '../helpers/places.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';

const gaz = loadGazetteer();

describe('sites named for a town', () => {
  it('places an airport or a military site at the town it is named for', () => {
    const airport = resolveIn(gaz, 'Crews repaved the runway at Da Nang International Airport last spring.', ['Da Nang International Airport']);
    expect(airport[0].entry).toMatchObject({ name: 'Da Nang', country: 'VN' });
    const range = resolveIn(gaz, 'Engineers tested the sensors at Dugway Proving Ground in Utah.', ['Dugway Proving Ground', 'Utah']);
    expect(range[0].entry).toMatchObject({ name: 'Dugway', country: 'US', admin1: 'UT' });
    // a site whose name is no town's stays unknown rather than taking a word of it
    const none = resolveIn(gaz, 'The drill was held at Eagle Crest Proving Ground.', ['Eagle Crest Proving Ground']);
    expect(none[0].entry?.name).not.toBe('Eagle');
  });
});

describe('a direction before a common word', () => {
  it('does not read "North Island" or "West Side" as a town called Island or Side', () => {
    const nz = resolveIn(gaz, 'The ferry sails from the North Island of New Zealand every morning.', ['North Island', 'New Zealand']);
    expect(nz[0].entry?.name).not.toBe('Island');
    const side = resolveIn(gaz, 'Two shops on the West Side of Chicago were robbed.', ['West Side', 'Chicago']);
    expect(side[0].entry?.country).toBe('US');
    // a direction before a place's own name still finds the place
    const texas = resolveIn(gaz, 'Storms hit southern Texas on Monday.', ['southern Texas']);
    expect(texas[0].entry).toMatchObject({ country: 'US', admin1: 'TX' });
  });
});

describe('a small town abroad that nothing in the story points to', () => {
  it('reads "Heathrow" in a story of British towns as the place near them, not the Florida town', () => {
    const text = 'Flights from Heathrow were cancelled on Friday, and trains between London and Manchester ran late.';
    const r = resolveIn(gaz, text, ['Heathrow', 'London', 'Manchester']);
    expect(r[0].entry?.country).toBe('GB');
    expect(r[0].via).toBe('context');
  });

  it('keeps the small town where the story names its country, or names no town or region elsewhere', () => {
    // the US is in the story: Heathrow, Florida stands
    const florida = resolveIn(gaz, 'A sinkhole opened in Heathrow, near Sanford in Florida, on Monday.', ['Heathrow', 'Sanford', 'Florida']);
    expect(florida[0].entry).toMatchObject({ name: 'Heathrow', country: 'US' });
    // a story that names only a foreign country may be told from the town's own country
    const volunteers = resolveIn(gaz, 'Volunteers from Heathrow flew to Rwanda to build a school; Rwanda thanked them.', ['Heathrow', 'Rwanda', 'Rwanda']);
    expect(volunteers[0].entry).toMatchObject({ name: 'Heathrow', country: 'US' });
  });
});

describe('a direction before a common word that is a notable place', () => {
  it('still finds a city or a state whose name is also a common word ("East Oxford", "Western Mass.")', () => {
    const oxford = resolveIn(gaz, 'A new clinic opened in East Oxford on Saturday.', ['East Oxford']);
    expect(oxford[0].entry).toMatchObject({ name: 'Oxford', country: 'GB' });
    const mass = resolveIn(gaz, 'Snow closed schools across Western Mass. on Tuesday.', ['Western Mass.']);
    expect(mass[0].entry).toMatchObject({ country: 'US', admin1: 'MA', kind: 'region' });
  });
});
