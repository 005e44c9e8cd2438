import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { Doc } from '../../src/model/doc.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';
import { createPlacesStage } from '../../src/pipeline/stages/places/index.js';
import { createSegmentStage } from '../../src/pipeline/stages/segment/index.js';

// the whole front of the pipeline: these sentences test what a user gets from raw text
const pipeline = createPipeline({ stages: ['segment', 'ner', 'entities', 'places'] });
const placesIn = (body: string) => pipeline.run({ id: 't', published: '2024-05-01', body, lang: 'en' }).places.mentions;
const found = (body: string, text: string) => placesIn(body).find((m) => m.text === text);

describe('recognition beyond the recogniser', () => {
  it('finds the town at the front of an organisation and flags it', () => {
    const m = found('The Dublin City Council voted on Thursday in Dublin, Ohio, to repave two streets.', 'Dublin');
    expect(m).toMatchObject({ inOrganisation: true, country: 'US' });
    const police = found('On Friday Alexandria Police searched a garage near a school in Alexandria, Louisiana.', 'Alexandria');
    expect(police).toMatchObject({ inOrganisation: true, country: 'US' });
  });

  it('flags a place adjective that is part of an organisation\'s name as inside it, not as an adjectival place', () => {
    const body = 'The European Commission fined the airline on Monday, and British Airways said it would appeal.';
    expect(found(body, 'European')).toMatchObject({ inOrganisation: true, adjectival: false });
    expect(found(body, 'British')).toMatchObject({ inOrganisation: true, adjectival: false, country: 'GB' });
    // outside a name the adjective is an adjectival place
    expect(found('European leaders met as Russian troops massed.', 'Russian')).toMatchObject({ adjectival: true, inOrganisation: false });
  });

  it('finds a dotted abbreviation at the front of an organisation ("U.S. Food and Drug Administration")', () => {
    const m = found('The U.S. Food and Drug Administration ordered a recall of bagged lettuce.', 'U.S.');
    expect(m).toMatchObject({ inOrganisation: true, country: 'US', kind: 'country' });
  });

  it('widens a place span the recogniser cut short to the gazetteer name around it', () => {
    expect(found('Ferries to Zanzibar leave from Dar es Salaam twice a day.', 'Dar es Salaam')).toMatchObject({ country: 'TZ' });
    expect(found('Storms flooded farms across Rio Grande do Sul this week.', 'Rio Grande do Sul')).toMatchObject({ country: 'BR', kind: 'region' });
  });

  it('reads a region\'s abbreviation typed otherwise as the region when the article gives its full name', () => {
    const body = 'Stables across New South Wales were closed. The NSW government said the ban would last three days.';
    expect(found(body, 'NSW')).toMatchObject({ country: 'AU', kind: 'region' });
  });

  it('finds the country or state ending an organisation\'s name, and the town after "in" inside one', () => {
    expect(found('The recall was ordered by Quickburger Canada on Tuesday.', 'Canada')).toMatchObject({ inOrganisation: true, country: 'CA' });
    // a big city ending the name too; not a common word that names one ("Agent Orange")
    expect(found('Staff at the Hope Orphanage Mombasa said the roads were flooded.', 'Mombasa')).toMatchObject({ inOrganisation: true, country: 'KE' });
    expect(placesIn('Veterans exposed to Agent Orange sued the chemical makers.').map((m) => m.text)).toEqual([]);
    // a state's abbreviation ending a name is no state: "the Clean Water Act"
    expect(placesIn('Lawmakers amended the Clean Water Act last spring.').map((m) => m.text)).toEqual([]);
  });

  it('joins two neighbouring recogniser spans that together name a place, and nothing else', () => {
    const segment = createSegmentStage();
    const places = createPlacesStage(loadGazetteer());
    // the recogniser's spans given by hand: a split the model may make on any sentence
    const withSpans = (body: string, spans: Array<[string, 'PER' | 'ORG' | 'LOC' | 'MISC']>) => {
      const doc = new Doc({ id: 't', published: '2024-05-01', body, lang: 'en' });
      segment.run(doc);
      doc.mentions = spans.map(([surface, label]) => ({ start: body.indexOf(surface), end: body.indexOf(surface) + surface.length, text: surface, label, confidence: 0.9 }));
      places.run(doc);
      return doc.places.mentions.map((m) => m.text);
    };
    expect(withSpans('Two ships left the Korean Peninsula at dawn.', [['Korean', 'MISC'], ['Peninsula', 'ORG']])).toEqual(['Korean Peninsula']);
    // an organisation after a place is no joined place; the town at its front still is
    expect(withSpans('Shares of Boston Scientific rose.', [['Boston', 'LOC'], ['Scientific', 'ORG']])).toEqual(['Boston']);
    // spans apart (a comma between them) are not joined
    expect(withSpans('Storms hit Korean, Peninsula towns.', [['Korean', 'MISC'], ['Peninsula', 'ORG']])).toEqual([]);
  });

  it('reads a small town typed as an organisation as the town where the text places it, and wherever the article names it alone', () => {
    const segment = createSegmentStage();
    const places = createPlacesStage(loadGazetteer());
    // the recogniser's spans given by hand: a small town typed as an organisation, as the model may type any
    const withSpans = (body: string, spans: Array<[string, 'PER' | 'ORG' | 'LOC' | 'MISC']>) => {
      const doc = new Doc({ id: 't', published: '2024-05-01', body, lang: 'en' });
      segment.run(doc);
      doc.mentions = [];
      for (const [surface, label] of spans) for (const m of body.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) doc.mentions.push({ start: m.index, end: m.index + surface.length, text: surface, label, confidence: 0.9 });
      doc.mentions.sort((a, b) => a.start - b.start);
      places.run(doc);
      return doc.places.mentions.map((m) => [m.text, m.country]);
    };
    const body = 'Farmers near Kojonup lost sheep to the frost. Kojonup shire staff said the roads were open.';
    expect(withSpans(body, [['Kojonup', 'ORG']])).toEqual([
      ['Kojonup', 'AU'],
      ['Kojonup', 'AU'],
    ]);
    expect(withSpans('Sheep froze in the district of Yackandandah overnight.', [['Yackandandah', 'ORG']])).toEqual([['Yackandandah', 'AU']]);
    // nothing places it: the organisation stands ("of" and "at" alone are no place's words)
    expect(withSpans('Kojonup shire staff said the roads were open.', [['Kojonup', 'ORG']])).toEqual([]);
    expect(withSpans('She is a co-founder of Kojonup and works at Wagin.', [['Kojonup', 'ORG'], ['Wagin', 'ORG']])).toEqual([]);
  });

  it('finds a state or province by its own name, and a region\'s abbreviation after its full name, where no span covers them', () => {
    // the tokens only, no recogniser: nothing typed these names
    const segment = createSegmentStage();
    const places = createPlacesStage(loadGazetteer());
    const bare = (body: string) => {
      const doc = new Doc({ id: 't', published: '2024-05-01', body, lang: 'en' });
      segment.run(doc);
      places.run(doc);
      return doc.places.mentions;
    };
    expect(bare('Shandong has reported new cases, and so has Henan.').map((m) => [m.text, m.country])).toEqual([
      ['Shandong', 'CN'],
      ['Henan', 'CN'],
    ]);
    expect(bare('Stables in New South Wales shut. Trainers in NSW were told to wait.').find((m) => m.text === 'NSW')).toMatchObject({ country: 'AU', kind: 'region' });
    const alone = bare('Trainers in NSW were told to wait.');
    expect(alone).toEqual([]);
    // a town before its kind, in lower case ("Heze city"); a capitalised kind is part of some other name
    expect(bare('Floods closed schools across Heze city on Monday.').map((m) => [m.text, m.country])).toEqual([['Heze', 'CN']]);
    expect(bare('Heze City Bank opened a branch.')).toEqual([]);
  });

  it('places a name the gazetteer lacks by the places around it when a kind of place follows it ("Dholpura districts")', () => {
    const segment = createSegmentStage();
    const places = createPlacesStage(loadGazetteer());
    const doc = new Doc({ id: 't', published: '2024-05-01', body: 'Birds died in Nandurbar and Dholpura districts.', lang: 'en' });
    segment.run(doc);
    doc.mentions = ['Nandurbar', 'Dholpura'].map((n) => ({ start: doc.text.indexOf(n), end: doc.text.indexOf(n) + n.length, text: n, label: 'LOC' as const, confidence: 0.9 }));
    places.run(doc);
    expect(doc.places.mentions.find((m) => m.text === 'Dholpura')).toMatchObject({ country: 'IN', gazetteerId: null });
  });

  it('reads a county the recogniser took for an organisation as the county', () => {
    const m = found('A Macon County farmer sold three tractors at the auction last week.', 'Macon County');
    expect(m).toMatchObject({ kind: 'region', country: 'US', inOrganisation: false });
  });

  it('keeps demonyms and place adjectives as places, marked adjectival', () => {
    const mentions = placesIn('Russian ships sailed north while Ohioans lined up to vote.');
    expect(mentions.find((m) => m.text === 'Russian')).toMatchObject({ adjectival: true, country: 'RU', kind: 'country' });
    expect(mentions.find((m) => m.text === 'Ohioans')).toMatchObject({ adjectival: true, country: 'US', kind: 'region' });
    expect(mentions.filter((m) => !m.adjectival).map((m) => m.text)).toEqual([]);
  });

  it('finds a legislator\'s home town and a place before "-based"', () => {
    const mentions = placesIn('Sen. Marta Jovanic, D-Charleston, praised a Denver-based food bank.');
    expect(mentions.find((m) => m.text === 'Charleston')?.country).toBe('US');
    expect(mentions.find((m) => m.text === 'Denver')?.country).toBe('US');
    expect(mentions.some((m) => m.text.includes('Gilliard'))).toBe(false);
  });

  it('reads a place after a direction word ("north DeKalb")', () => {
    const m = placesIn('Crews fixed a gas leak in north DeKalb County overnight.').find((x) => x.text.includes('DeKalb'));
    expect(m).toMatchObject({ country: 'US' });
  });
});

describe('names that are not places', () => {
  it('never takes a place from a person\'s name', () => {
    expect(placesIn('Senate aide Bryan Holloway declined to comment on the bill.').map((m) => m.text)).not.toContain('Bryan');
    expect(placesIn('Dana Whitcombe said Walmart and Hulu would hire more staff.').map((m) => m.text)).toEqual([]);
  });

  it('reads "Brent crude" as a commodity and Jupiter the planet as no place, Jupiter, Fla. as the town', () => {
    expect(placesIn('Brent crude slipped 1 percent on Thursday.').map((m) => m.text)).toEqual([]);
    expect(placesIn('The telescope tracked Jupiter and its moons for a week.').map((m) => m.text)).toEqual([]);
    expect(found('Firefighters in Jupiter, Fla., rescued a stranded dog.', 'Jupiter')).toMatchObject({ country: 'US' });
  });

  it('keeps a dotted abbreviation ending a sentence before a person\'s name a place ("in the U.S. Dana Marsh said")', () => {
    const body = 'Sales fell sharply in the U.S. Dana Marsh, the chain\'s president, blamed the weather.';
    const doc = new Doc({ id: 't', published: '2024-05-01', body, lang: 'en' });
    const [segment, ner, entities, places] = pipeline.stages;
    segment.run(doc);
    ner.run(doc);
    // the recogniser's spans given by hand: the place and the person after it
    doc.mentions = [
      { start: body.indexOf('U.S.'), end: body.indexOf('U.S.') + 4, text: 'U.S.', label: 'LOC', confidence: 0.9 },
      { start: body.indexOf('Dana Marsh'), end: body.indexOf('Dana Marsh') + 10, text: 'Dana Marsh', label: 'PER', confidence: 0.9 },
    ];
    entities.run(doc);
    places.run(doc);
    expect(doc.places.mentions.map((m) => [m.text, m.country])).toEqual([['U.S.', 'US']]);
  });

  it('reads a country\'s code before a currency sign as the currency', () => {
    const mentions = placesIn('The fund paid US$2 million to families in the US and A$40 to farmers in Australia.');
    expect(mentions.map((m) => m.text)).toEqual(['US', 'Australia']);
  });

  it('reads a disease named after a place as no place', () => {
    expect(placesIn('Health workers feared the Marburg virus would reach the capital.').map((m) => m.text)).not.toContain('Marburg');
    expect(placesIn('Hikers should check for ticks, as Lyme disease cases rose this spring.').map((m) => m.text)).not.toContain('Lyme');
  });

  it('does not read the EU or a town-named abbreviation as a town', () => {
    const eu = found('The EU imposed new tariffs on steel.', 'EU');
    expect(eu?.name).toBe('European Union');
    expect(placesIn('The UN sent aid to the region.').map((m) => m.text)).toEqual([]);
  });
});

describe('disambiguation', () => {
  it('reads a town by the county or country it is said to lie in', () => {
    // the gazetteer knows only the Rockinghams of Australia and the US: the county places it
    expect(found('Rockingham, Northamptonshire, opened a new library on Saturday.', 'Rockingham')?.country).toBe('GB');
    expect(found('Tourists near Karak in Jordan visited the castle at dawn.', 'Karak')?.country).toBe('JO');
    const delft = found('Delft, a township in Cape Town, got a new clinic this spring.', 'Delft');
    expect(delft?.country).toBe('ZA');
  });

  it('keeps the places of one article close together', () => {
    const mentions = placesIn('The Paris and Henry County arts council met on Tuesday. Paris officials said Henry County would pay half.');
    for (const m of mentions) expect(m, m.text).toMatchObject({ country: 'US' });
    const paris = mentions.find((m) => m.text === 'Paris')!;
    const henry = mentions.find((m) => m.text === 'Henry County')!;
    expect(Math.abs(paris.lat! - henry.lat!) + Math.abs(paris.lon! - henry.lon!)).toBeLessThan(2);
  });

  it('reads Manchester, the EU, the UK, the UAE and the DRC as the news means them', () => {
    const mentions = placesIn('Manchester City fans gathered in Manchester, while the UK, the UAE and the DRC signed an EU deal.');
    expect(mentions.filter((m) => m.text === 'Manchester').every((m) => m.country === 'GB')).toBe(true);
    expect(mentions.find((m) => m.text === 'UK')?.country).toBe('GB');
    expect(mentions.find((m) => m.text === 'UAE')?.country).toBe('AE');
    expect(mentions.find((m) => m.text === 'DRC')?.country).toBe('CD');
    expect(mentions.find((m) => m.text === 'EU')?.name).toBe('European Union');
  });

  it('reads a region whose name begins with a title word, cut by the recogniser into a title and a person, as the region', () => {
    const body = 'Ferry traffic to Prince Edward Island was halted, and the government of Prince Edward Island asked farmers to stay calm.';
    const mentions = placesIn(body).filter((m) => m.text === 'Prince Edward Island');
    expect(mentions.length).toBe(2);
    expect(mentions.every((m) => m.country === 'CA' && m.kind === 'region')).toBe(true);
    // a title before a town's name is as often the person: no place
    expect(placesIn('Prince George visited the school with his sister.').map((m) => m.text)).toEqual([]);
  });

  it('reads "X of Country" as a reading of X inside the country, and a figure of speech ("the Marseille of Norway") as no container', () => {
    // "Gold Coast" is also Ghana's former name: the city in the country named is meant
    expect(found('A surfer from the Gold Coast of Australia was arrested in Bali.', 'Gold Coast')).toMatchObject({ kind: 'city', country: 'AU' });
    expect(found('Officials hope the port will become the Marseille of Norway.', 'Marseille')).toMatchObject({ country: 'FR' });
  });

  it('finds multi-word regions the recogniser types otherwise', () => {
    const mentions = placesIn('Tension on the Korean Peninsula rose as Eastern Cape farmers protested in Orange County, California.');
    expect(mentions.find((m) => m.text === 'Korean Peninsula')).toBeTruthy();
    expect(mentions.find((m) => m.text === 'Eastern Cape')?.country).toBe('ZA');
    expect(mentions.find((m) => m.text === 'Orange County')).toMatchObject({ country: 'US', kind: 'region' });
    expect(found('A bakery opened last month at Coggeshall, Essex.', 'Coggeshall')?.country).toBe('GB');
  });
});

describe('the English the places stage reads comes from the document pack', () => {
  it('the place inside an organisation\'s name after its link word ("University of Texas")', async () => {
    const { Doc } = await import('../../src/model/doc.js');
    const { english } = await import('../../src/lang/en/index.js');
    const article = { id: 't', published: '2024-05-01', body: 'She edited books at the University of Texas Press before moving abroad.', lang: 'en' };
    const texts = (pack = english) => {
      const doc = new Doc(article, pack);
      for (const stage of pipeline.stages) stage.run(doc);
      return doc.places.mentions.map((m) => m.text);
    };
    expect(texts()).toContain('Texas');
    expect(texts({ ...english, places: { ...english.places, ofPlace: /(?!)/ } })).not.toContain('Texas');
  });

  it('the words a place span is widened over ("Rio Grande" to "Rio Grande do Sul")', async () => {
    const { Doc } = await import('../../src/model/doc.js');
    const { english } = await import('../../src/lang/en/index.js');
    const article = { id: 't', published: '2024-05-01', body: 'Storms flooded farms across Rio Grande do Sul this week.', lang: 'en' };
    const texts = (pack = english) => {
      const doc = new Doc(article, pack);
      for (const stage of pipeline.stages) stage.run(doc);
      return doc.places.mentions.map((m) => m.text);
    };
    expect(texts()).toContain('Rio Grande do Sul');
    expect(texts({ ...english, places: { ...english.places, nameWordAfter: /(?!)/ } })).not.toContain('Rio Grande do Sul');
  });
});
