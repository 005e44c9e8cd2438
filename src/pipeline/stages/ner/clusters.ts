/** Word → cluster bit-string path (Brown-style hierarchical clusters), keyed by the lower-cased normalised word. */
export type WordClusters = Map<string, string>;
