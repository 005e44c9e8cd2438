/** The store's location fit to print: a URL's password replaced by ***. */
export function displayLocation(pathOrUrl: string): string {
  return isPostgresUrl(pathOrUrl) ? pathOrUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : pathOrUrl;
}

/** True for a PostgreSQL connection URL rather than a file path. */
export function isPostgresUrl(pathOrUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(pathOrUrl);
}
