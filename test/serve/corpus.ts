import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import type { Article } from '../../src/model/article.js';
import type { Backend } from '../store/backends.js';

export const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples', 'articles');

/** An article we wrote to try to get script into the page: tags, handlers and javascript: links in title and text. */
export const HOSTILE_ARTICLE = {
  title: 'Harbour council <script>window.__pwned = 1</script> meets <img src=x onerror="window.__pwned = 2">',
  published: '2024-09-01',
  text:
    'The harbour council of Lindvik met on Monday. <script>window.__pwned = 3</script> ' +
    'Mayor Anna Berg said the budget <img src=x onerror="window.__pwned = 4"> was approved. ' +
    '<a href="javascript:window.__pwned=5">Click here</a> for the minutes. "We will rebuild the pier," Berg told reporters in Oslo.',
};

export interface TestCorpus {
  store: Store;
  analyzer: () => Promise<{ analyze(a: Article): ReturnType<ReturnType<typeof createPipeline>['analyze']> }>;
  cleanup(): Promise<void>;
}

let shared: ReturnType<typeof createPipeline> | null = null;

/** A fresh store holding the example corpus (analysed by the real pipeline): SQLite, or the given backend's. */
export async function buildExampleStore(backend?: Backend): Promise<TestCorpus> {
  if (backend) {
    const fresh = await backend.fresh();
    const pipeline = (shared ??= createPipeline());
    const summary = await runIngest({ inputs: [EXAMPLES], store: fresh.store, pipeline });
    if (summary.stored === 0) throw new Error(`the example corpus did not ingest: ${summary.failed.map((f) => f.error).join('; ')}`);
    return { store: fresh.store, analyzer: async () => pipeline, cleanup: fresh.cleanup };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tidings-serve-'));
  const store = await openStore(join(dir, 'serve.db'));
  const pipeline = (shared ??= createPipeline());
  const summary = await runIngest({ inputs: [EXAMPLES], store, pipeline });
  if (summary.stored === 0) throw new Error(`the example corpus did not ingest: ${summary.failed.map((f) => f.error).join('; ')}`);
  return {
    store,
    analyzer: async () => pipeline,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
