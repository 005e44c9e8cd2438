import type { Command } from 'commander';
import { resolve } from 'node:path';
import { runIngest } from '../../ingest/run-ingest.js';
import { openStore } from '../../store/index.js';
import { REPO_ROOT } from '../../eval/data.js';
import type { Extraction } from '../../model/extraction.js';
import { defaultDbPath } from '../options.js';
import { serveStore } from './serve.js';

/** How many of the most-mentioned entities, events and quotes the start-up summary lists. */
const SUMMARY_ROWS = 8;

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job on the embedded default: ingest the example corpus into ./tidings.db and print what it found')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--corpus <dir>', 'folder to ingest', resolve(REPO_ROOT, 'examples', 'articles'))
    .option('--no-serve', 'only ingest and summarise; do not serve the web UI afterwards')
    .option('--port <n>', 'port of the web UI', '3000')
    .action(async (opts: { db: string; corpus: string; serve: boolean; port: string }) => {
      const { createPipeline } = await import('../../pipeline/pipeline.js');
      const pipeline = createPipeline();
      const found: Extraction[] = [];
      const store = await openStore(opts.db);
      try {
        const summary = await runIngest({
          inputs: [opts.corpus],
          store,
          pipeline: { analyze: (a) => { const x = pipeline.analyze(a); found.push(x); return x; } },
        });
        const stats = await store.stats();
        const out = (s: string) => process.stdout.write(s + '\n');
        out(`ingested ${opts.corpus} into ${opts.db}: ${summary.stored} new, ${summary.unchanged} already stored, ${summary.failed.length} failed (${summary.seconds.toFixed(1)} s)`);
        for (const f of summary.failed) out(`  failed: ${f.error}`);
        out(`the store holds ${stats.articles} articles, ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events, ${stats.places} places`);
        if (found.length) printFindings(found, out);
        out(`next: tidings search QUERY --db ${opts.db}   |   tidings analyze FILE   |   tidings --help`);
        if (summary.failed.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
      if (opts.serve) await serveStore({ db: opts.db, port: opts.port, host: '127.0.0.1' }, (s) => process.stdout.write(s + '\n'));
    });
}

/** A short account of what the newly analysed articles contain. */
function printFindings(found: Extraction[], out: (s: string) => void): void {
  const counts = new Map<string, { name: string; type: string; n: number }>();
  for (const x of found) {
    for (const e of x.entities) {
      const c = counts.get(e.id) ?? { name: e.name, type: e.type, n: 0 };
      c.n += e.mentions.length;
      counts.set(e.id, c);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n).slice(0, SUMMARY_ROWS);
  if (top.length) out(`most mentioned: ${top.map((t) => `${t.name} (${t.type}, ${t.n})`).join('; ')}`);
  const quotes = found.flatMap((x) => x.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ q, x })));
  for (const { q, x } of quotes.slice(0, SUMMARY_ROWS)) {
    const speaker = x.entities.find((e) => e.id === q.speaker)?.name ?? 'unknown speaker';
    out(`quote: ${speaker}: ${truncate(q.text, 90)}`);
  }
  const events = found.flatMap((x) => x.events);
  for (const e of events.slice(0, SUMMARY_ROWS)) {
    out(`event: ${e.source?.name ?? '?'} ${e.type} ${e.target?.name ?? '?'} (${e.modality}, ${e.date.value})`);
  }
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
