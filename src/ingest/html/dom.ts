import { parseHTML } from 'linkedom';
import { flattenDeepNesting } from './depth.js';

/**
 * Parses an HTML string into a DOM document (linkedom: a light DOM, several times faster than jsdom), with elements
 * nested deeper than MAX_DEPTH flattened first (see depth.ts).
 */
export function parseDocument(html: string): Document {
  // linkedom needs a full document; a fragment without <html> would otherwise lose its <head>/<body> structure.
  const bounded = flattenDeepNesting(html).html;
  const source = /<html[\s>]/i.test(bounded) ? bounded : `<!DOCTYPE html><html><head></head><body>${bounded}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
