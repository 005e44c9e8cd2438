import { mulberry32 } from '../train/random.js';

/**
 * A corpus of dated news texts we write: meetings between a fixed cast of ministers, each reported by one to three
 * outlets in their own words on the day or the day after, one article in eight republished with page furniture.
 * Every article runs through the real pipeline (unlike synthetic.ts, whose layers are filled in), so it tests what
 * the corpus index makes of analysed text: duplicate groups, merged events and stories.
 */
const PEOPLE = [
  ['Ingrid Solberg', 'Norway'], ['Amina Wanjiru', 'Kenya'], ['Rodrigo Pizarro', 'Chile'], ['Hana Novak', 'Czechia'],
  ['Tomasz Wilk', 'Poland'], ['Farid Rahimi', 'Afghanistan'], ['Lucia Costa', 'Portugal'], ['Kwame Mensah', 'Ghana'],
  ['Elena Varga', 'Hungary'], ['Jonas Berg', 'Sweden'], ['Mariam Haddad', 'Lebanon'], ['Sipho Dlamini', 'South Africa'],
] as const;
const CITIES = ['Nairobi', 'Oslo', 'Santiago', 'Prague', 'Warsaw', 'Lisbon', 'Accra', 'Budapest', 'Stockholm', 'Beirut'];
const TOPICS = ['fertiliser imports', 'fishing quotas', 'rail links', 'vaccine supplies', 'grain prices', 'port fees', 'water rights', 'power lines', 'student visas', 'copper exports'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const REPORT_FORMS = [
  (a: string, b: string, city: string, day: string, topic: string) => `${a} met ${b} in ${city} on ${day} to discuss ${topic}.`,
  (a: string, b: string, city: string, day: string, topic: string) => `In ${city} on ${day}, ${a} held talks with ${b} about ${topic}, officials said.`,
  (a: string, b: string, city: string, day: string, topic: string) => `${b} hosted ${a} in ${city} on ${day}; the two ministers spoke about ${topic}.`,
];
const NOUNS = ['warehouses', 'clinics', 'bridges', 'schools', 'ferries', 'farms', 'depots', 'markets', 'mines', 'harbours', 'bakeries', 'libraries'];
const VERBS = ['inspected', 'repaired', 'opened', 'closed', 'surveyed', 'rebuilt', 'licensed', 'audited'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const ORGS = ['the statistics office', 'the farmers union', 'a regional council', 'the transport ministry', 'an industry group', 'the central bank'];
/** Days the meetings spread over: about 6.7 articles a day for 2,000 articles, so stories meet and chain. */
const DAYS = 300;

/** A sentence of detail with its own numbers and words, so that no two articles share much of their text. */
function detail(rng: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const n = 2 + Math.floor(rng() * 900);
  return `According to ${pick(ORGS)}, ${n} ${pick(NOUNS)} were ${pick(VERBS)} in ${pick(MONTHS)} and ${3 + Math.floor(rng() * 90)} more ${pick(NOUNS)} will be ${pick(VERBS)} by ${pick(MONTHS)}.`;
}

/** `n` dated texts (publication day, body, the meeting it reports), in the order they were written: neither by date nor by story. */
export function reportedEventsCorpus(n: number, seed = 20): Array<{ published: string; body: string; event: number }> {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const bodies: Array<{ published: string; body: string; event: number }> = [];
  let i = 0;
  while (bodies.length < n) {
    if (bodies.length >= 8 && rng() < 1 / 8) {
      const original = bodies[Math.floor(rng() * bodies.length)];
      bodies.push({ published: original.published, event: original.event, body: `ADVERTISEMENT\n\n${original.body}\n\nALSO READ | ${pick(TOPICS)} talks resume\n\nCopyright 2024 Copy Outlet ${i % 9}. All rights reserved.` });
      continue;
    }
    // one event: a pair of people, a city, a day; reported by up to three outlets, each on the day or the day after
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    const city = pick(CITIES);
    const topic = pick(TOPICS);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * DAYS) * 86_400_000);
    const reports = 1 + Math.floor(rng() * 3);
    for (let r = 0; r < reports && bodies.length < n; r++) {
      const published = new Date(day.getTime() + Math.floor(rng() * 2) * 86_400_000).toISOString().slice(0, 10);
      const lead = REPORT_FORMS[r % REPORT_FORMS.length](`${a[1]}'s foreign minister ${a[0]}`, b[0], city, WEEKDAYS[day.getUTCDay()], topic);
      const body = [lead, detail(rng), detail(rng), `"We made progress on ${topic}," ${a[0]} told reporters after the meeting.`, detail(rng)].join('\n\n');
      bodies.push({ published, body, event: i });
    }
    i++;
  }
  return bodies;
}

/** The corpus as dated-text files' contents, named a00000.txt, a00001.txt, ... */
export function reportedEventsFiles(n: number, seed = 20): Array<{ name: string; text: string }> {
  return reportedEventsCorpus(n, seed).map((b, k) => ({ name: `a${String(k).padStart(5, '0')}.txt`, text: `date ${b.published}\n${b.body}\n` }));
}
