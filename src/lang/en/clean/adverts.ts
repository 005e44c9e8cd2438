import type { CleanRule } from '../../../pipeline/stages/clean/rule.js';

/** Advertising placeholders left behind when a page is flattened to text. */
export const advertRules: CleanRule[] = [
  {
    name: 'advertisement',
    reason: 'an ad slot label on a line of its own',
    kind: 'furniture',
    pattern: /^(advertisement|advertisment|ad|sponsored|sponsored content|story continues below( this)? (advertisement|ad)|continue reading below|scroll to continue( with content)?|paid content)$/i,
  },
];
