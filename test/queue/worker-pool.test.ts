import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/queue/worker-pool.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { parseDatedText } from '../../src/ingest/text.js';

const articles = Array.from({ length: 6 }, (_, i) =>
  parseDatedText(`date 2024-02-0${i + 1}\nThe mayor of Riverton said on Monday that the bridge would reopen in ${i + 2} weeks.\n\nALSO READ | Other news`, `a${i}.txt`),
);

describe('worker pool', () => {
  let pool: WorkerPool;
  afterAll(async () => pool?.close());

  it('analyses articles in worker threads exactly as the pipeline does in-process', async () => {
    pool = await createWorkerPool(2, { stages: ['clean', 'segment'] });
    expect(pool.size).toBe(2);
    const inProcess = createPipeline({ stages: ['clean', 'segment'] });
    const results = await Promise.all(articles.map((a) => pool.analyze(a)));
    results.forEach((x, i) => expect(x).toEqual(inProcess.analyze(articles[i])));
  });

  it('rejects the one article whose analysis fails and keeps serving the rest', async () => {
    const bad = { ...articles[0], body: undefined as unknown as string };
    await expect(pool.analyze(bad)).rejects.toThrow();
    await expect(pool.analyze(articles[1])).resolves.toMatchObject({ article: { id: articles[1].id } });
  });
});
