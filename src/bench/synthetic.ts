import type { StoreItem } from '../store/store.js';
import type { Extraction } from '../model/extraction.js';
import type { EntityRecord } from '../model/layers/entities.js';
import type { EventRecord } from '../model/layers/events.js';
import { SCHEMA_VERSION } from '../model/extraction.js';
import { mulberry32 } from '../train/random.js';

/**
 * A deterministic synthetic corpus for the scale benchmark: articles recombined from a fixed cast of actors, places,
 * event types and sentence templates (written for this bench), with their extraction layers filled at real offsets,
 * so the store and corpus index see realistic rows without running the NLP pipeline (whose speed is `tidings bench`).
 * Every article is a pure function of (seed, index): nothing is kept in memory between articles.
 */

const FIRST = ['Maria', 'Tomas', 'Aiko', 'Samuel', 'Lucia', 'Pavel', 'Ingrid', 'Amina', 'Rodrigo', 'Chen', 'Farid', 'Olga', 'Kwame', 'Elena', 'Jonas', 'Priya', 'Mateo', 'Yusuf', 'Hana', 'Ivan'];
const LAST = ['Lindqvist', 'Brenner', 'Tanabe', 'Okafor', 'Ferreira', 'Dunaj', 'Solberg', 'Wanjiru', 'Pizarro', 'Wei', 'Rahimi', 'Petrova', 'Mensah', 'Costa', 'Berg', 'Nair', 'Rojas', 'Demir', 'Kato', 'Volkov'];
const COUNTRIES: Array<{ name: string; a2: string; a3: string; capital: string; lat: number; lon: number }> = [
  { name: 'Norway', a2: 'NO', a3: 'NOR', capital: 'Oslo', lat: 59.91, lon: 10.75 },
  { name: 'Chile', a2: 'CL', a3: 'CHL', capital: 'Santiago', lat: -33.45, lon: -70.67 },
  { name: 'Kenya', a2: 'KE', a3: 'KEN', capital: 'Nairobi', lat: -1.29, lon: 36.82 },
  { name: 'Vietnam', a2: 'VN', a3: 'VNM', capital: 'Hanoi', lat: 21.03, lon: 105.85 },
  { name: 'Poland', a2: 'PL', a3: 'POL', capital: 'Warsaw', lat: 52.23, lon: 21.01 },
  { name: 'Ghana', a2: 'GH', a3: 'GHA', capital: 'Accra', lat: 5.6, lon: -0.19 },
  { name: 'Peru', a2: 'PE', a3: 'PER', capital: 'Lima', lat: -12.05, lon: -77.04 },
  { name: 'Turkey', a2: 'TR', a3: 'TUR', capital: 'Ankara', lat: 39.93, lon: 32.86 },
];
const TITLES = ['Foreign Minister', 'President', 'Defence Minister', 'Trade Minister', 'Prime Minister'];
/** PLOVER type, CAMEO code, quad class, intensity, verb phrase. */
const EVENTS: Array<[string, string, number, number, string]> = [
  ['CONSULT', '042', 1, 1, 'met'], ['AGREE', '030', 1, 4, 'agreed with'], ['DEMAND', '100', 3, -5, 'demanded concessions from'],
  ['ACCUSE', '112', 3, -2, 'accused'], ['AID', '070', 2, 7, 'sent aid to'], ['SANCTION', '163', 4, -8, 'imposed sanctions on'],
  ['PROTEST', '140', 3, -6.5, 'protested against'], ['COOPERATE', '050', 2, 3.5, 'signed a cooperation deal with'],
];
const TOPICS = ['fisheries', 'grain exports', 'a railway contract', 'border crossings', 'solar power', 'water rights', 'port fees', 'fertiliser prices'];
const FURNITURE = ['ADVERTISEMENT', 'ALSO READ | Markets close higher', 'Follow us for the latest updates.'];

/** People in the synthetic world: FIRST x LAST = 400, each of one country with one title. */
const PEOPLE = FIRST.flatMap((f, i) => LAST.map((l, j) => ({ name: `${f} ${l}`, country: COUNTRIES[(i + j) % COUNTRIES.length], title: TITLES[(i * 3 + j) % TITLES.length] })));
/** Events per article: 10 gives about 1 million events for 100,000 articles, the target scale. */
const EVENTS_PER_ARTICLE = 10;
/** One article in this many is a republished copy of an earlier one (agency copy with page furniture). */
const COPY_EVERY = 10;
const START_DAY = Date.UTC(2023, 0, 1);

function pick<T>(rng: () => number, list: T[]): T {
  return list[Math.floor(rng() * list.length)];
}

function slug(s: string): string {
  return s.toLowerCase().replace(/\W+/g, '_');
}

/** Article `index` of the corpus with seed `seed`; every COPY_EVERY-th is a copy of an earlier article under another outlet. */
export function syntheticItem(seed: number, index: number): StoreItem {
  if (index > 0 && index % COPY_EVERY === 0) {
    const original = syntheticItem(seed, index - 1 - Math.floor(mulberry32(seed ^ index)() * Math.min(index, 5)));
    const furniture = FURNITURE[index % FURNITURE.length];
    return build(seed, index, (original.article.body) + '\n\n' + furniture, original.article.published, `Copy Outlet ${index % 7}`, original);
  }
  const rng = mulberry32(seed * 1_000_003 + index);
  // days advance with the index so stories and event dates spread over time (about 150 articles a day)
  const day = new Date(START_DAY + Math.floor(index / 150) * 86_400_000).toISOString().slice(0, 10);
  const cast = [pick(rng, PEOPLE), pick(rng, PEOPLE), pick(rng, PEOPLE), pick(rng, PEOPLE)];
  const topic = pick(rng, TOPICS);
  const place = pick(rng, COUNTRIES);
  const sentences: string[] = [];
  for (let e = 0; e < EVENTS_PER_ARTICLE; e++) {
    const a = cast[e % cast.length];
    const b = cast[(e + 1 + Math.floor(rng() * 3)) % cast.length];
    const ev = pick(rng, EVENTS);
    sentences.push(`${a.title} ${a.name} ${ev[4]} ${b.name} in ${place.capital} over ${topic} (item ${index}.${e}).`);
  }
  sentences.push(`"We will not give up on ${topic}," ${cast[0].name} said after the talks.`);
  const body = sentences.join(' ');
  return build(seed, index, body, `${day}T${String(index % 24).padStart(2, '0')}:00:00Z`, `Outlet ${index % 13}`, null, { cast, place });
}

function build(seed: number, index: number, body: string, published: string, source: string, original: StoreItem | null, plan?: { cast: typeof PEOPLE; place: (typeof COUNTRIES)[number] }): StoreItem {
  const id = `syn_${seed}_${index}`;
  const article = { id, published, title: `Synthetic story ${index}`, body, lang: 'en', source, url: `https://synthetic.example/${seed}/${index}` };
  let extraction: Extraction;
  if (original) {
    // a copy carries the original's layers: same text up to the furniture, same offsets
    extraction = { ...original.extraction, article: { ...original.extraction.article, id, published, source, url: article.url, title: article.title }, text: body };
  } else {
    extraction = analyse(body, plan!.cast, plan!.place, published);
    extraction.article = { id, published, title: article.title, lang: 'en', source, url: article.url };
  }
  return { article, extraction };
}

/** The layers of a synthetic text, found by searching the known names and verbs (what the pipeline would code). */
function analyse(text: string, cast: typeof PEOPLE, place: (typeof COUNTRIES)[number], published: string): Extraction {
  const entities: EntityRecord[] = [];
  const idOf = (name: string) => `syn_person_${slug(name)}`;
  for (const p of new Set(cast)) {
    const mentions = [];
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1)) mentions.push({ start: at, end: at + p.name.length, text: p.name, via: 'name' as const, confidence: 0.9 });
    entities.push({ id: idOf(p.name), name: p.name, type: 'person', placeKind: null, aliases: [p.name.split(' ')[1]], roles: [{ title: p.title, start: 0, end: 0, country: p.country.a2, of: null }], country: p.country.a2, standsFor: null, mentions, confidence: 0.9 });
  }
  const capAt = text.indexOf(place.capital);
  entities.push({ id: `syn_place_${slug(place.capital)}`, name: place.capital, type: 'place', placeKind: 'city', aliases: [], roles: [], country: place.a2, standsFor: null,
    mentions: [{ start: capAt, end: capAt + place.capital.length, text: place.capital, via: 'name', confidence: 0.9 }], confidence: 0.9 });
  const events: EventRecord[] = [];
  const sentenceRe = /[^.]*?\(item \d+\.\d+\)\./g;
  let m: RegExpExecArray | null;
  let n = 0;
  const day = published.slice(0, 10);
  while ((m = sentenceRe.exec(text))) {
    const s = m[0];
    const start = m.index;
    const ev = EVENTS.find((e) => s.includes(' ' + e[4] + ' '))!;
    const a = cast.find((p) => s.includes(' ' + p.name + ' '))!;
    const afterVerb = s.indexOf(' ' + ev[4] + ' ') + ev[4].length + 2;
    const b = cast.find((p) => s.startsWith(p.name, afterVerb)) ?? null;
    const actor = (p: (typeof PEOPLE)[number], offset: number) => ({ entity: idOf(p.name), name: p.name, code: p.country.a3 + 'GOV', country: p.country.a3, sector: 'GOV', span: { start: start + offset, end: start + offset + p.name.length } });
    const trig = start + s.indexOf(' ' + ev[4] + ' ') + 1;
    events.push({
      id: `ev${++n}`, type: ev[0], mode: null, context: [], cameo: ev[1], quadClass: ev[2], intensity: ev[3],
      source: actor(a, s.indexOf(a.name)), target: b ? actor(b, afterVerb) : null, symmetric: false,
      place: { name: place.capital, country: place.a2, lat: place.lat, lon: place.lon, fromFocus: false, span: null },
      date: { value: day, begin: day, end: day, precision: 'day', fromPublication: true, timex: null },
      modality: n % 17 === 0 ? 'denied' : 'asserted', trigger: { start: trig, end: trig + ev[4].length, text: ev[4] },
      evidence: { start, end: start + s.length }, tone: ev[3] / 2, confidence: 0.7,
    });
  }
  const qText = text.slice(text.lastIndexOf('"We'), text.lastIndexOf(',"') + 1);
  const qs = text.lastIndexOf('"We') + 1;
  const speaker = cast[0];
  const quotes = [{ id: 'q1', start: qs, end: qs + qText.length - 1, text: qText.slice(1), kind: 'direct' as const, parts: [{ start: qs, end: qs + qText.length - 1 }], fragments: [],
    speaker: idOf(speaker.name), speakerSpan: null, speakerText: speaker.name, cue: null, medium: null, confidence: 0.8 }];
  return {
    schemaVersion: SCHEMA_VERSION, article: { id: '', published, lang: 'en' }, text, sourceMap: [[0, 0, text.length]], removed: [], sentences: [],
    entities, quotes, timexes: [],
    places: { mentions: [{ start: capAt, end: capAt + place.capital.length, text: place.capital, name: place.capital, kind: 'city', country: place.a2, lat: place.lat, lon: place.lon, gazetteerId: null, entity: null, confidence: 0.9, standsFor: null }], focus: { countries: [{ country: place.a2, score: 1 }], city: null } },
    events, tone: null,
  } as unknown as Extraction;
}

/** Names of the synthetic cast, for query workloads. */
export const SYNTHETIC_PEOPLE = PEOPLE.map((p) => p.name);
export const SYNTHETIC_EVENT_TYPES = EVENTS.map((e) => e[0]);
