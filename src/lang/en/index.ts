import type { LanguagePack } from '../types.js';
import { events } from './events/index.js';
import { quotes } from './quotes/index.js';
import { englishPlaces } from './places/index.js';

/** English: the language every stage was written for. */
export const english: LanguagePack = {
  code: 'en',
  name: 'English',
  quotes,
  events,
  places: englishPlaces,
};
