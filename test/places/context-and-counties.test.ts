import { describe, expect, it } from 'vitest';
import { resolveIn } from '../helpers/places.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';

const gaz = loadGazetteer();

describe('a name the gazetteer lacks, placed by the places around it', () => {
  it('keeps one place for every mention of the name', () => {
    const text =
      'Residents near the Quenchuapampa mine in Cajamarca, Peru, fell ill after a spill. The firm was also sued in Jakarta over another mine. ' +
      'Hundreds of farmers marched on the Quenchuapampa mine last week.';
    const r = resolveIn(gaz, text, ['Quenchuapampa', 'Cajamarca', 'Peru', 'Jakarta', 'Quenchuapampa']);
    expect(r[0].via).toBe('context');
    expect(r[0].entry?.country).toBe('PE');
    expect(r[4].entry).toBe(r[0].entry);
    expect(r[4].confidence).toBeLessThan(0.5);
  });

  it('takes a country the story is about over a city of another sentence named in passing', () => {
    const text =
      'Iraq confirmed its first case of the disease on Monday. Samples were checked at a laboratory in Cairo. ' +
      'The patient, a farmer from the village of Qazwarta, died last week. Iraq asked for help.';
    const r = resolveIn(gaz, text, ['Iraq', 'Cairo', 'Qazwarta', 'Iraq']);
    expect(r[2].via).toBe('context');
    expect(r[2].entry?.country).toBe('IQ');
    // the sentence's own place still comes first
    const own = resolveIn(gaz, 'Iraq confirmed a case. Doctors in Cairo saw a patient from Qazwarta on Monday. Iraq asked for help.', ['Iraq', 'Cairo', 'Qazwarta', 'Iraq']);
    expect(own[2].entry?.country).toBe('EG');
  });

  it('places "X, Country" in the country the comma names', () => {
    const text = 'Patients were followed at Mbulikani, Kenya, and for a month in Kinshasa.';
    const r = resolveIn(gaz, text, ['Mbulikani', 'Kenya', 'Kinshasa']);
    expect(r[0].via).toBe('context');
    expect(r[0].entry?.country).toBe('KE');
  });
});

describe('a county named by its bare name', () => {
  it('reads the county of the state the story is in', () => {
    const wv = resolveIn(gaz, 'A man from Cabell pleaded guilty in Huntington, West Virginia, on Monday.', ['Cabell', 'Huntington', 'West Virginia']);
    expect(wv[0].entry).toMatchObject({ name: 'Cabell County', featureCode: 'ADM2', admin1: 'WV' });
    const ga = resolveIn(gaz, 'After ten years with Gwinnett, the planner took a post in Cobb County, Georgia.', ['Gwinnett', 'Cobb County', 'Georgia']);
    expect(ga[0].entry).toMatchObject({ name: 'Gwinnett County', admin1: 'GA' });
  });

  it('keeps a town of the name where the story speaks for no state of such a county', () => {
    const r = resolveIn(gaz, 'Fans drove from Boone to Charlotte, North Carolina, for the game.', ['Boone', 'Charlotte', 'North Carolina']);
    expect(r[0].entry).toMatchObject({ name: 'Boone', kind: 'city', admin1: 'NC' });
    // no story in a state with a Hardy County: no county of the name
    const abroad = resolveIn(gaz, 'Officials in Lyon and Hardy met on Friday.', ['Lyon', 'Hardy']);
    expect(abroad[1].entry?.featureCode).not.toBe('ADM2');
  });
});

describe('what the text says about a name', () => {
  it('reads a name before "Gov." or "Legislature" as the state, not its city', () => {
    const names = ['Yonkers', 'Newark', 'New York'];
    const gov = resolveIn(gaz, 'Mayors of Yonkers and Newark met New York Gov. Hugh Carey on Monday.', names);
    expect(gov[2].entry).toMatchObject({ kind: 'region', admin1: 'NY' });
    // beside nearby towns, with no such word, the city
    const city = resolveIn(gaz, 'Mayors of Yonkers and Newark met New York officials on Monday.', names);
    expect(city[2].entry).toMatchObject({ kind: 'city', admin1: 'NY' });
  });

  it('places "the X area of Y" and "the X district of Y" inside Y', () => {
    // the larger towns named Ashland lie in other states: the text says this one lies in a Missouri county
    const text = 'Storm damage was reported in the Ashland area of Boone County, Missouri, on Monday.';
    const r = resolveIn(gaz, text, ['Ashland', 'Boone County', 'Missouri']);
    expect(r[1].entry).toMatchObject({ admin1: 'MO' });
    expect(r[0].entry?.admin1).toBe('MO');
  });
});
