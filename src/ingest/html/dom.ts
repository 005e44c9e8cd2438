import { parseHTML } from 'linkedom';

/** Parses an HTML string into a DOM document (linkedom: a light DOM, several times faster than jsdom). */
export function parseDocument(html: string): Document {
  // linkedom needs a full document; a fragment without <html> would otherwise lose its <head>/<body> structure.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
