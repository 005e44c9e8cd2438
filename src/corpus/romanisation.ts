// Romanisation variants of a name: one spelling key for the ways news writes a name from Russian, Arabic and other
// scripts ("Sergey"/"Sergei", "Dmitriy"/"Dmitry", "Mohammed"/"Muhammad"/"Mohamed", "Hussein"/"Husayn").
import { normaliseName } from '../model/names.js';

/** Shortest word whose vowels are folded: shorter names differ by one vowel too often ("Bush", "Bosh"). */
const MIN_FOLDED_VOWELS = 5;

/** Patronymic particles of Arabic and Hebrew names, written several ways ("bin", "ibn", "ben"): one form inside a name. */
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'ben']);

/**
 * The spelling key of one lower-case, unaccented word of a name: letters that romanisations write differently made
 * one. x = ks (Alexei, Aleksei); ph = f; dj = j; ou = u (Youssef, Yusuf); y after the first letter = i (Sergey,
 * Sergei; Husayn, Hussain) and a final -ij, -ii, -iy one i (Dmitrij, Dmitrii, Dmitriy, Dmitry); doubled letters one
 * (Mohammed, Mohamed); in longer words o = u and e = a (Mohamed, Muhammad; Ahmed, Ahmad; Hussein, Hussain).
 */
export function romanisedWord(word: string): string {
  let w = word.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/dj/g, 'j').replace(/ou/g, 'u');
  w = w.slice(0, 1) + w.slice(1).replace(/y/g, 'i');
  w = w.replace(/ij$/, 'i').replace(/(\p{L})\1+/gu, '$1');
  if (w.length >= MIN_FOLDED_VOWELS) w = w.replace(/o/g, 'u').replace(/e/g, 'a');
  return w;
}

/** The words of a person's name as spelling keys: normalised, each word romanised, a patronymic particle in one form. */
export function romanisedName(name: string): string[] {
  const words = normaliseName(name).split(' ').filter(Boolean);
  return words.map((w, i) => (i > 0 && i < words.length - 1 && PATRONYMIC_PARTICLES.has(w) ? 'bin' : romanisedWord(w)));
}
