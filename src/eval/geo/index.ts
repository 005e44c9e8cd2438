import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { distanceKm, loadGazetteer, type Gazetteer, type GazetteerEntry } from '../../knowledge/gazetteer/index.js';
import { resolvePlaces, type PlaceQuery } from '../../pipeline/stages/places/resolve.js';
import { homeVotesFromPlaces, SourceHomeLearner } from '../../pipeline/stages/places/home.js';
import { adjectivalPlace, geocodeDoc, toMentionRecord } from '../../pipeline/stages/places/index.js';
import { DEFAULT_PACK } from '../../lang/index.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { stagesRequiredBy } from '../../pipeline/stages/index.js';
import { median, prf, round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { GEO_DATASETS, readGeoDataset, type GeoArticle, type GoldToponym } from './datasets.js';
import { goldCountry } from './country.js';

/** Within this distance a resolution counts as right (100 miles, the usual geocoding threshold). */
export const ACCURACY_KM = 161;
/** Error given to a gold toponym left unresolved: half the Earth's circumference, the largest possible. */
const UNRESOLVED_KM = 20037;
const MODES = ['gold-spans', 'raw'];
/** dev: the half of each set whose errors may be studied; test: the other half, only measured. */
export const GEO_SPLITS = ['all', 'dev', 'test'];


/** One scored gold toponym (dumped for error study when TIDINGS_GEO_ERRORS names a file). */
interface Scored {
  article: string;
  gold: GoldToponym;
  predicted: GazetteerEntry | null;
  /** how the name was placed ('context': by the places around it), where known */
  via?: string | null;
  errorKm: number;
  goldCountry: string | null;
  context: string;
}

export const geoScorer: Scorer = {
  stage: 'geo',
  description:
    'places: end-to-end recall within 161 km, recognition precision and their F1 from raw text (--mode raw); accuracy within 161 km given the gold spans (--mode gold-spans). Splits: dev and test halves by a hash of the article text (every article in exactly one half)',
  datasets: Object.keys(GEO_DATASETS),
  splits: GEO_SPLITS,
  async run(options: EvalOptions): Promise<EvalResult> {
    const dataset = options.dataset ?? 'lgl';
    const mode = options.mode ?? 'gold-spans';
    const split = options.split ?? 'all';
    if (!MODES.includes(mode)) throw new Error(`geo has no mode "${mode}"; modes: ${MODES.join(', ')}`);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const gaz = loadGazetteer();
    const loadMs = performance.now() - t0;
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours
    const cpu = process.cpuUsage(cpu0);
    const loadCpuMs = (cpu.user + cpu.system) / 1000;
    const { articles: all, realigned, dropped } = readGeoDataset(options.data, dataset);
    // the whole set is read in publication order, as a store would have ingested it; only the split's articles are scored
    const articles = ingestOrder(options.limit ? all.slice(0, options.limit) : all);
    const scoredArticles = articlesInSplit(articles, split);
    const metrics = mode === 'raw' ? scoreRaw(gaz, articles, scoredArticles, DEMONYMS_ANNOTATED[dataset] ?? true) : scoreGoldSpans(gaz, articles, scoredArticles);
    return {
      stage: 'geo',
      dataset,
      split,
      metrics: { mode, articles: scoredArticles.size, ...metrics, goldOffsetsRealigned: realigned, goldDropped: dropped, gazetteerLoadMs: Math.round(loadMs), gazetteerLoadCpuMs: Math.round(loadCpuMs) },
    };
  },
};


/** The half an article falls in, from a hash of its text (stable, and independent of the set's order). */
export function geoSplitOf(a: GeoArticle): 'dev' | 'test' {
  return createHash('sha1').update(a.text).digest()[0] % 2 === 0 ? 'dev' : 'test';
}

/**
 * The articles a split scores, as the article records themselves, not their ids: two articles may share an id
 * (GeoVirus names an article by its source page, and three come from one page), and each is scored in its own half
 * only, so the halves partition the set.
 */
export function articlesInSplit(articles: GeoArticle[], split: string): Set<GeoArticle> {
  return new Set(articles.filter((a) => split === 'all' || geoSplitOf(a) === split));
}

/** Articles by publication date (stable: the set's order within a day), the order an archive is ingested in. */
function ingestOrder(articles: GeoArticle[]): GeoArticle[] {
  return articles.map((a, i) => ({ a, i })).sort((x, y) => (x.a.published ?? '').localeCompare(y.a.published ?? '') || x.i - y.i).map((x) => x.a);
}

/**
 * Whether a set annotates demonyms and other adjectival place words ("Turkish", "Texan") as toponyms: LGL and
 * TR-News do, GeoVirus does not. Where it does not, the stage's adjectival mentions are neither credited nor counted
 * against precision (a user can filter them out with `adjectival`).
 */
const DEMONYMS_ANNOTATED: Record<string, boolean> = { lgl: true, trnews: true, geovirus: false };

/**
 * Resolves the gold spans article by article in ingest order. Headline: each source's home region learned online
 * from the articles before (what a store that ingested them would know); `withoutSourceHomes` resolves every
 * article cold.
 */
function scoreGoldSpans(gaz: Gazetteer, articles: GeoArticle[], scoredArticles: Set<GeoArticle>): Record<string, unknown> {
  let resolveMs = 0;
  let mentions = 0;
  const pass = (learnHomes: boolean) => {
    const scored: Scored[] = [];
    let byContext = 0;
    let withHome = 0;
    const learner = new SourceHomeLearner();
    for (const a of articles) {
      const queries: PlaceQuery[] = a.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.text }));
      const home = learnHomes ? learner.home(a.source) : null;
      const t0 = performance.now();
      const res = resolvePlaces(gaz, a.text, queries, { home });
      resolveMs += performance.now() - t0;
      mentions += queries.length;
      // the learner reads what a store would hold: the article's place records
      if (learnHomes && a.source) learner.observe(a.source, homeVotesFromPlaces(gaz, res.filter((r) => r.entry).map(toMentionRecord)));
      if (!scoredArticles.has(a)) continue;
      if (home) withHome++;
      a.toponyms.forEach((t, i) => scored.push({ ...scoreOne(gaz, a, t, res[i].entry), via: res[i].via }));
      byContext += res.filter((r) => r.via === 'context').length;
    }
    return { scored, byContext, withHome };
  };
  const cold = pass(false);
  const learned = pass(true);
  dumpErrors(learned.scored);
  return {
    ...resolutionMetrics(learned.scored),
    locatedByContext: learned.byContext,
    articlesWithLearnedHome: learned.withHome,
    withoutSourceHomes: resolutionMetrics(cold.scored),
    mentionsPerSecond: Math.round(mentions / (resolveMs / 1000)),
  };
}

/**
 * End to end from raw text: the pipeline recognises and resolves; each gold toponym is credited with at most one
 * prediction overlapping it (benchmarks differ on "the", "County"). Headline: end-to-end recall (gold found and
 * placed within 161 km, over all gold), recognition precision, and their F1. Source homes are learned online.
 */
function scoreRaw(gaz: Gazetteer, articles: GeoArticle[], scoredArticles: Set<GeoArticle>, demonymsAnnotated: boolean): Record<string, unknown> {
  // the stages places requires (so not clean: the sets' texts are article bodies already, and gold offsets index
  // them as given); places runs below with the source's home as learned from the articles before
  const pipeline = createPipeline({ stages: stagesRequiredBy('places').filter((n) => n !== 'places') });
  const learner = new SourceHomeLearner();
  const scored: Scored[] = [];
  let gold = 0;
  let tp = 0;
  let fp = 0;
  let strictTp = 0;
  let within = 0;
  let adjectivalIgnored = 0;
  // predictions on gold toponyms the set left without coordinates: right to find, impossible to score
  let unresolvedGoldHit = 0;
  let withHome = 0;
  const falsePositives: string[] = [];
  const adjectiveOf = adjectivalPlace(gaz, DEFAULT_PACK.places);
  const missed: string[] = [];
  for (const a of articles) {
    const doc = pipeline.run({ id: a.id, published: a.published ?? '2000-01-01', body: a.text, lang: 'en' });
    const home = learner.home(a.source);
    const layer = geocodeDoc(gaz, doc, { home });
    if (a.source) learner.observe(a.source, homeVotesFromPlaces(gaz, layer.mentions));
    if (!scoredArticles.has(a)) continue;
    if (home) withHome++;
    const predicted = layer.mentions;
    const used = new Set<number>();
    for (const t of a.toponyms) {
      gold++;
      const j = predicted.findIndex((p, k) => !used.has(k) && p.start < t.end && t.start < p.end);
      if (j < 0) {
        missed.push(JSON.stringify({ article: a.id, text: t.text, context: a.text.slice(Math.max(0, t.start - 60), t.end + 60).replace(/\s+/g, ' ') }));
        continue;
      }
      used.add(j);
      tp++;
      const p = predicted[j];
      if (p.start === t.start && p.end === t.end) strictTp++;
      // the mention's own point: names located by context have coordinates but no gazetteer id
      const entry = p.lat !== null && p.lon !== null ? pointEntry(p.gazetteerId, p.name, p.country, p.lat, p.lon) : null;
      const s = scoreOne(gaz, a, t, entry);
      if (s.errorKm <= ACCURACY_KM) within++;
      scored.push(s);
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      if (a.unresolvedSpans.some((u) => p.start < u.end && u.start < p.end)) {
        unresolvedGoldHit++;
        return;
      }
      // a demonym inside an organisation's name ("British Airways") is flagged as in the organisation, and is still a demonym
      if (!demonymsAnnotated && (p.adjectival || (p.inOrganisation && adjectiveOf(p.text) !== null))) {
        adjectivalIgnored++;
        return;
      }
      fp++;
      falsePositives.push(JSON.stringify({ article: a.id, text: p.text, name: p.name, adjectival: p.adjectival, context: a.text.slice(Math.max(0, p.start - 60), p.end + 60).replace(/\s+/g, ' ') }));
    });
  }
  dumpErrors(scored);
  if (process.env.TIDINGS_GEO_ERRORS) {
    writeFileSync(`${process.env.TIDINGS_GEO_ERRORS}.fp`, falsePositives.join('\n') + '\n');
    writeFileSync(`${process.env.TIDINGS_GEO_ERRORS}.fn`, missed.join('\n') + '\n');
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const e2e = gold ? within / gold : 0;
  const strict = prf(strictTp, tp + fp - strictTp, gold - strictTp);
  return {
    endToEndRecall161km: round(e2e),
    recognitionPrecision: round(precision),
    endToEndF1: round(precision + e2e ? (2 * precision * e2e) / (precision + e2e) : 0),
    goldToponyms: gold,
    recognitionRecall: round(gold ? tp / gold : 0),
    recognitionF1Exact: strict.f1,
    adjectivalNotScored: adjectivalIgnored,
    onUnresolvedGold: unresolvedGoldHit,
    articlesWithLearnedHome: withHome,
    resolvedRecognised: resolutionMetrics(scored),
  };
}

function pointEntry(id: string | null, name: string, country: string | null, lat: number, lon: number): GazetteerEntry {
  return { index: -1, id: id ?? `point:${lat},${lon}`, name, kind: 'other', featureCode: '', country, admin1: '', lat, lon, population: 0 };
}

function scoreOne(gaz: Gazetteer, a: GeoArticle, t: GoldToponym, predicted: GazetteerEntry | null): Scored {
  const errorKm = predicted ? distanceKm(t.lat, t.lon, predicted.lat, predicted.lon) : UNRESOLVED_KM;
  return { article: a.id, gold: t, predicted, errorKm, goldCountry: goldCountry(gaz, t), context: a.text.slice(Math.max(0, t.start - 60), t.end + 60).replace(/\s+/g, ' ') };
}

function resolutionMetrics(scored: Scored[]): Record<string, unknown> {
  const n = scored.length;
  const within = scored.filter((s) => s.errorKm <= ACCURACY_KM).length;
  const withCountry = scored.filter((s) => s.goldCountry !== null);
  const countryRight = withCountry.filter((s) => s.predicted?.country === s.goldCountry).length;
  const withId = scored.filter((s) => s.gold.geonameId && s.predicted?.id.startsWith('geonames:'));
  const idRight = withId.filter((s) => s.predicted!.id === `geonames:${s.gold.geonameId}`).length;
  // area under the log-error curve, as in Gritta et al. (lower is better)
  const auc = n ? scored.reduce((sum, s) => sum + Math.log(1 + s.errorKm) / Math.log(UNRESOLVED_KM), 0) / n : 0;
  return {
    toponyms: n,
    accuracy161km: round(n ? within / n : 0),
    medianErrorKm: round(median(scored.map((s) => s.errorKm)), 1),
    meanErrorKm: round(n ? scored.reduce((x, s) => x + s.errorKm, 0) / n : 0, 1),
    auc: round(auc),
    countryAccuracy: round(withCountry.length ? countryRight / withCountry.length : 0),
    exactIdAccuracy: round(withId.length ? idRight / withId.length : 0),
    unresolved: scored.filter((s) => !s.predicted).length,
  };
}

/** Writes every miss (error over 161 km) as JSON lines to the file TIDINGS_GEO_ERRORS names, for error study. */
function dumpErrors(scored: Scored[]): void {
  const path = process.env.TIDINGS_GEO_ERRORS;
  if (!path) return;
  const lines = scored
    .filter((s) => s.errorKm > ACCURACY_KM)
    .map((s) =>
      JSON.stringify({
        article: s.article,
        text: s.gold.text,
        gold: [s.gold.lat, s.gold.lon, s.gold.featureCode, s.gold.countryName],
        predicted: s.predicted ? [s.predicted.name, s.predicted.country, s.predicted.admin1, s.predicted.featureCode, s.predicted.population, s.predicted.lat, s.predicted.lon] : null,
        km: Math.round(s.errorKm),
        via: s.via,
        context: s.context,
      }),
    );
  writeFileSync(path, lines.join('\n') + '\n');
}
