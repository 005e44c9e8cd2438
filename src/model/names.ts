/** Lower-cased, accent-free, single-spaced form a name is looked up by (stored with every name an entity was seen under). */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
