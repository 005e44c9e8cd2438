import { articleId } from '../ingest/id.js';
import type { Article } from '../model/article.js';
import { openStore } from '../store/index.js';
import type { StoreItem } from '../store/store.js';
import { mulberry32 } from '../train/random.js';
import { clusteringAgreement, type ClusteringAgreement } from './clustering-agreement.js';
import { loadPolnearArticles } from './corpus.js';
import { reportedEventsCorpus } from './reported-events.js';

/**
 * How much the stories of one article set depend on the order its articles arrive in: the set is analysed once, then
 * stored into a fresh store in several orders (by publication date, the reverse, seeded shuffles), and each run's
 * stories are compared with the date-ordered run's (adjusted Rand index, B-cubed F1, pair Jaccard).
 */
export interface StoryOrderRun extends ClusteringAgreement {
  order: string;
  stories: number;
  /** articles in the largest story */
  largest: number;
  /** stories of one article */
  singletons: number;
  /** CPU seconds to store the set in this order (corpus index included) */
  cpuSeconds: number;
}

export interface StoryOrderReport {
  set: string;
  articles: number;
  runs: StoryOrderRun[];
  /** the worst of the runs against the date-ordered one */
  worst: ClusteringAgreement;
  /** the date-ordered run against the developments the articles report, where the set knows them (reports: one meeting each) */
  truth?: ClusteringAgreement;
}

/** Articles stored per transaction, as an ingest writes them. */
const BATCH = 64;

/** The article sets the bench knows: PolNeAR's 924 dated political articles (2016), or our reported-events corpus. */
export function storyOrderArticles(set: string, dataDir: string, articles = 2000): { articles: Article[]; truth?: Map<string, number> } {
  if (set === 'polnear') {
    const found = loadPolnearArticles(dataDir);
    if (!found.length) throw new Error(`no PolNeAR articles under ${dataDir}/polnear`);
    return { articles: found };
  }
  if (set === 'reports') {
    const corpus = reportedEventsCorpus(articles).map(({ published, body, event }) => ({ article: { id: articleId(body, published), published, body, lang: 'en' }, event }));
    return { articles: corpus.map((c) => c.article), truth: new Map(corpus.map((c) => [c.article.id, c.event])) };
  }
  throw new Error(`unknown story set "${set}" (polnear or reports)`);
}

function byDate(a: StoreItem, b: StoreItem): number {
  return a.article.published < b.article.published ? -1 : a.article.published > b.article.published ? 1 : a.article.id < b.article.id ? -1 : 1;
}

/** The orders compared: by date first (the reference), then reversed, then `shuffles` seeded shuffles. */
export function storyOrders(items: StoreItem[], shuffles: number, seed = 1): Array<{ name: string; items: StoreItem[] }> {
  const sorted = [...items].sort(byDate);
  const orders = [{ name: 'by date', items: sorted }, { name: 'reversed', items: [...sorted].reverse() }];
  for (let s = 0; s < shuffles; s++) {
    const rng = mulberry32(seed + s);
    const shuffled = [...sorted];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    orders.push({ name: `shuffle ${s + 1}`, items: shuffled });
  }
  return orders;
}

/** Stores the items in this order into a fresh in-memory store and reads back each article's story. */
export async function storiesInOrder(items: StoreItem[]): Promise<{ storyOf: Map<string, number>; cpuSeconds: number }> {
  const store = await openStore(':memory:');
  try {
    const t0 = process.cpuUsage();
    for (let i = 0; i < items.length; i += BATCH) await store.putBatch(items.slice(i, i + BATCH));
    const used = process.cpuUsage(t0);
    const corpus = store.corpus();
    const storyOf = new Map<string, number>();
    for (const s of await corpus.stories({ limit: Number.MAX_SAFE_INTEGER })) {
      for (const a of await corpus.storyArticles(s.key)) storyOf.set(a.id, s.key);
    }
    return { storyOf, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await store.close();
  }
}

export async function benchStoryOrder(set: string, items: StoreItem[], shuffles: number, truth?: Map<string, number>): Promise<StoryOrderReport> {
  const runs: StoryOrderRun[] = [];
  let reference: Map<string, number> | undefined;
  for (const order of storyOrders(items, shuffles)) {
    const { storyOf, cpuSeconds } = await storiesInOrder(order.items);
    reference ??= storyOf;
    const sizes = new Map<number, number>();
    for (const s of storyOf.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
    runs.push({
      order: order.name, stories: sizes.size, largest: Math.max(0, ...sizes.values()), singletons: [...sizes.values()].filter((n) => n === 1).length,
      ...clusteringAgreement(reference, storyOf), cpuSeconds,
    });
  }
  const others = runs.slice(1);
  const worst = {
    ari: Math.min(1, ...others.map((r) => r.ari)),
    bcubedF1: Math.min(1, ...others.map((r) => r.bcubedF1)),
    pairJaccard: Math.min(1, ...others.map((r) => r.pairJaccard)),
  };
  return { set, articles: items.length, runs, worst, ...(truth && reference ? { truth: clusteringAgreement(truth, reference) } : {}) };
}
