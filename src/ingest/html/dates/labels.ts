/**
 * Words written just before a date that say what the date is, by language. A page says "Published 3 May",
 * "Veröffentlicht am 3. Mai", "Publié le 3 mai"; or "Updated", "Aktualisiert", "Stand:", "mis à jour" for a later change.
 */
const PUBLISHED_LABELS = [
  // en
  'published', 'posted', 'posted on', 'first published', 'written', 'written on', 'created', 'released', 'issued', 'date', 'dated', 'publication date', 'pub date',
  // de
  'veröffentlicht', 'veroeffentlicht', 'erstellt', 'erschienen', 'publiziert', 'geschrieben', 'verfasst', 'eingestellt', 'datum', 'gepostet', 'vom',
  // fr
  'publié', 'publie', 'publiée', 'posté', 'mis en ligne', 'créé', 'date de publication', 'paru',
  // es, pt, it
  'publicado', 'publicada', 'fecha', 'publicação', 'pubblicato', 'pubblicata', 'data di pubblicazione',
  // nl, scandinavian, pl, tr, ru
  'gepubliceerd', 'geplaatst', 'publicerad', 'publiceret', 'udgivet', 'publisert', 'opublikowano', 'yayınlanma', 'опубликовано',
];
const MODIFIED_LABELS = [
  // en
  'updated', 'last updated', 'update', 'last modified', 'modified', 'revised', 'last revised', 'edited', 'last edited', 'last changed', 'changed', 'as of',
  // de
  'aktualisiert', 'zuletzt aktualisiert', 'aktualisierung', 'letzte aktualisierung', 'geändert', 'zuletzt geändert', 'letzte änderung', 'stand', 'überarbeitet', 'bearbeitet',
  // fr
  'mis à jour', 'mise à jour', 'modifié', 'actualisé',
  // es, pt, it
  'actualizado', 'actualizada', 'actualización', 'atualizado', 'atualização', 'aggiornato', 'aggiornata', 'aggiornamento', 'modificato',
  // nl, scandinavian, pl, tr, ru
  'bijgewerkt', 'gewijzigd', 'uppdaterad', 'opdateret', 'oppdatert', 'zaktualizowano', 'güncellendi', 'güncelleme', 'обновлено',
];

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
}

/** Up to two words between a label and its date: "Published on", "Veröffentlicht am Montag,", "mis à jour le". */
const FILLER = '(?:\\s*[:,\\-–|]?\\s*(?:\\p{L}{2,12}\\.?[:,]?\\s+){0,2}[:,]?\\s*)';
const NOT_AFTER_LETTER = '(?<![\\p{L}])';

const PUBLISHED_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(PUBLISHED_LABELS)})${FILLER}$`, 'iu');
const MODIFIED_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(?:${alternation(MODIFIED_LABELS)})${FILLER}$`, 'iu');

export type DateLabel = 'published' | 'modified';

/** How far back from a date its label may stand ("Zuletzt aktualisiert am Montag, ") in characters. */
const LABEL_REACH = 48;

/** The label right before a date, if any: the text between them may hold only a few filler words. */
export function labelBefore(text: string, dateStart: number): DateLabel | undefined {
  const lineStart = text.lastIndexOf('\n', dateStart - 1) + 1;
  const before = text.slice(Math.max(lineStart, dateStart - LABEL_REACH), dateStart);
  if (MODIFIED_BEFORE.test(before)) return 'modified';
  if (PUBLISHED_BEFORE.test(before)) return 'published';
  return undefined;
}

/** A copyright notice's year: "© 2019", "Copyright 2012-2019", "(c) 2020". */
export const COPYRIGHT = /(?:©|&copy;|\(c\)|copyright)\s*(?:\p{L}+\s+)?(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})/giu;
