/** What the clean stage reads about a language: the lines that are page furniture or credits, not story. */
import type { CleanRule } from '../../pipeline/stages/clean/rule.js';

export interface CleanLanguage {
  /** line rules in the order they are tried (one family a file in the pack) */
  rules: readonly CleanRule[];
}
