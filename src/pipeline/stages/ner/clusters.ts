import { hashString } from './hash.js';

/** Word → cluster bit-string path (hierarchical clusters), keyed by the lower-cased normalised word. */
export type WordClusters = Map<string, string>;

/** Cluster path prefix lengths used as features (coarse to fine, as in Ratinov & Roth 2009). */
export const CLUSTER_PREFIXES = [4, 7, 10, 14];

/** Word → hashes of its path prefixes (one per CLUSTER_PREFIXES entry; a short path repeats its full hash). */
export type ClusterPrefixes = Map<string, Uint32Array>;

export function prepareClusterPrefixes(clusters: WordClusters): ClusterPrefixes {
  const out: ClusterPrefixes = new Map();
  for (const [word, path] of clusters) {
    out.set(word, Uint32Array.from(CLUSTER_PREFIXES, (len) => hashString(path.slice(0, len))));
  }
  return out;
}
