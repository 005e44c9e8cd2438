/**
 * A cleaning rule decides whether one line of the body is page furniture (not the story).
 * Rules are data: a name, why the rule exists, and the line pattern it removes.
 */
export interface CleanRule {
  name: string;
  /** one line: why this is not story text */
  reason: string;
  /** furniture is dropped; a credit is dropped from the text and kept as the article's credit */
  kind: 'furniture' | 'credit';
  /** tested against the trimmed line */
  pattern: RegExp;
}
