/** True for an http(s) URL: a page or feed to fetch rather than a file to read. */
export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * A link as an absolute URL, resolved against the page or feed it stands in; an absolute web link is kept as it is
 * when the base cannot be read. Undefined for no link or one that cannot be resolved.
 */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return isWebUrl(href) ? href : undefined;
  }
}
