import { nameLookups } from '../../../knowledge/titles.js';
import type { NamesLanguage } from '../../sections/names.js';
import { englishNameWords } from './words.js';

/** English for the words around names (titles, honorifics, organisation heads), read by ner, entities and places. */
export const names: NamesLanguage = nameLookups(englishNameWords);
