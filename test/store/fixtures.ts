import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/eval/data.js';
import { articleId } from '../../src/ingest/id.js';
import type { Article } from '../../src/model/article.js';
import type { Extraction } from '../../src/model/extraction.js';
import type { EntityRecord } from '../../src/model/layers/entities.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { StoreItem } from '../../src/store/store.js';

/** Made-up people, places and topics for synthetic articles (written for these tests). */
const PEOPLE = ['Maria Lindqvist', 'Tomas Brenner', 'Aiko Tanabe', 'Samuel Okafor', 'Lucia Ferreira', 'Pavel Dunaj'];
const COUNTRIES = [
  { name: 'Norway', a2: 'NO', a3: 'NOR' },
  { name: 'Chile', a2: 'CL', a3: 'CHL' },
  { name: 'Kenya', a2: 'KE', a3: 'KEN' },
  { name: 'Vietnam', a2: 'VN', a3: 'VNM' },
];
const TOPICS = ['fisheries agreement', 'railway contract', 'grain shipment', 'border crossing', 'solar power plant', 'water treaty'];

const pipeline = createPipeline({ stages: ['clean', 'segment'] });

/** The text of synthetic article `i`: a dated story naming two people, a country and a topic. */
export function articleText(i: number): { title: string; body: string; published: string } {
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i + 1) % PEOPLE.length];
  const c = COUNTRIES[i % COUNTRIES.length];
  const topic = TOPICS[i % TOPICS.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const published = `2023-${String((i % 12) + 1).padStart(2, '0')}-${day}`;
  const title = `${a} and ${b} discuss ${topic} number ${i}`;
  const body = [
    `${a} met ${b} in ${c.name} on Tuesday to discuss the ${topic} (report ${i}).`,
    `"We are close to an agreement," ${a} said after the talks.`,
    `Officials in ${c.name} said the ${topic} would be signed next month, according to a statement.`,
    `ALSO READ | An unrelated story about something else`,
    `${b} told reporters that the talks had been constructive and that a second round was planned.`,
  ].join('\n\n');
  return { title, body, published };
}

export function makeArticle(i: number): Article {
  const { title, body, published } = articleText(i);
  return { id: articleId(body, published), published, title, body, lang: 'en', source: 'Test Wire', url: `https://news.example/${i}` };
}

/** An analysed synthetic article whose layers (entities, quote, event, place) are filled by hand at real offsets. */
export function makeItem(i: number): StoreItem {
  const article = makeArticle(i);
  const extraction: Extraction = pipeline.analyze(article);
  const text = extraction.text;
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i + 1) % PEOPLE.length];
  const c = COUNTRIES[i % COUNTRIES.length];
  const entity = (name: string, type: EntityRecord['type'], country: string | null): EntityRecord => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.push({ start: at, end: at + name.length, text: name, via: 'name' as const, confidence: 0.9 });
    }
    return {
      id: `e_${type}_${name.toLowerCase().replace(/\W+/g, '_')}`, name, type, placeKind: type === 'place' ? 'country' : null,
      aliases: type === 'person' ? [name.split(' ')[1]] : [], roles: [], country, standsFor: null, mentions, confidence: 0.9,
    };
  };
  const ea = entity(a, 'person', c.a2);
  const eb = entity(b, 'person', null);
  const ec = entity(c.name, 'place', c.a2);
  ea.roles = [{ title: 'Minister', start: 0, end: 0, country: c.a2, of: null }];
  extraction.entities = [ea, eb, ec];
  const quoteText = 'We are close to an agreement,';
  const qs = text.indexOf(quoteText);
  extraction.quotes = [{
    id: 'q1', start: qs, end: qs + quoteText.length, text: quoteText, kind: 'direct',
    parts: [{ start: qs, end: qs + quoteText.length }], fragments: [{ start: qs - 1, end: qs + quoteText.length + 1 }], speaker: ea.id,
    speakerSpan: { start: text.indexOf(a, qs), end: text.indexOf(a, qs) + a.length }, speakerText: a, cue: null, medium: null, confidence: 0.8,
  }];
  const trigger = text.indexOf('met');
  extraction.events = [{
    id: 'ev1', type: 'CONSULT', mode: null, context: [], cameo: '040', quadClass: 1, intensity: 1,
    source: { entity: ea.id, name: a, code: `${c.a3}GOV`, country: c.a3, sector: 'GOV', span: ea.mentions[0] },
    target: { entity: eb.id, name: b, code: 'UNK', country: null, sector: null, span: eb.mentions[0] },
    symmetric: true,
    place: { name: c.name, country: c.a2, lat: 10 + (i % 7), lon: 20 + (i % 5), fromFocus: false, span: ec.mentions[0] },
    date: { value: article.published, begin: null, end: null, precision: 'day', fromPublication: true, timex: null },
    modality: 'asserted', trigger: { start: trigger, end: trigger + 3, text: 'met' },
    evidence: { start: extraction.sentences[0].start, end: extraction.sentences[0].end }, tone: null, confidence: 0.7,
  }];
  extraction.places = {
    mentions: ec.mentions.map((m) => ({
      start: m.start, end: m.end, text: m.text, name: c.name, kind: 'country' as const, country: c.a2, lat: 10, lon: 20,
      gazetteerId: null, entity: ec.id, confidence: 0.9, standsFor: null, adjectival: false, inOrganisation: false,
    })),
    focus: { countries: [{ country: c.a2, score: 1 }], city: null },
  };
  return { article, extraction };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `tidings-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes synthetic articles 0..n-1 as dated text files (`date`, `title`, body) into `dir`. */
export function writeArticleFiles(dir: string, n: number, first = 0): string[] {
  const paths: string[] = [];
  for (let i = first; i < first + n; i++) {
    const a = articleText(i);
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, `date ${a.published}\ntitle ${a.title}\n\n${a.body}\n`);
    paths.push(path);
  }
  return paths;
}

/** The CLI from source, as a child process: `node --import tsx src/cli/main.ts ...`. */
export const CLI = [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts')];

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(CLI[0], [...CLI.slice(1), ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
