/** Why a store operation failed in a way the user can act on. */
export type StoreErrorKind = 'not-a-database' | 'newer-schema' | 'bad-query' | 'cannot-open' | 'bad-item' | 'read-only';

/** An error a user can hit with the store (wrong file, malformed query): its message is one clear line. */
export class StoreError extends Error {
  constructor(readonly kind: StoreErrorKind, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
