import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * English common words: the lower-case entries of the SCOWL-derived Hunspell dictionary (dictionary-en, MIT AND BSD),
 * which writes proper nouns capitalised ("Paris", "Dublin") and common words in lower case ("city", "union").
 * Read once, on first use.
 */
let common: Set<string> | null = null;

function load(): Set<string> {
  const pkg = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const dic = readFileSync(join(pkg, 'index.dic'), 'utf8');
  const out = new Set<string>();
  // first line: the entry count; then "word/FLAGS"
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/', 1)[0];
    if (word && word[0] === word[0].toLowerCase()) out.add(word);
  }
  return out;
}

/** True when a lower-case word, or its singular, is a common English word ("city", "lakes", "federal"). */
export function isCommonWord(lower: string): boolean {
  common ??= load();
  if (common.has(lower)) return true;
  return (lower.endsWith('s') && common.has(lower.slice(0, -1))) || (lower.endsWith('es') && common.has(lower.slice(0, -2)));
}
