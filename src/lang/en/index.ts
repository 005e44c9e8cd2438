import type { LanguagePack } from '../types.js';
import { clean } from './clean/index.js';
import { entities } from './entities/index.js';
import { events } from './events/index.js';
import { names } from './names/index.js';
import { ner } from './ner/index.js';
import { quotes } from './quotes/index.js';
import { englishPlaces } from './places/index.js';
import { segment } from './segment/index.js';
import { time } from './time/index.js';
import { tone } from './tone/index.js';
import { englishLemmas } from './lemmas.js';

/** English: the language every stage was written for. */
export const english: LanguagePack = {
  code: 'en',
  name: 'English',
  clean,
  segment,
  ner,
  names,
  entities,
  quotes,
  time,
  events,
  tone,
  places: englishPlaces,
  syntax: { lemmas: englishLemmas },
};
