import type { CleanRule } from '../../../pipeline/stages/clean/rule.js';

/** Agency and photo credits: who supplied the story or the picture, not what it reports. */
export const creditRules: CleanRule[] = [
  {
    name: 'agency-credit',
    reason: 'names the agencies a story was built from: a credit, not a fact of the story',
    kind: 'credit',
    pattern: /^[([]?\s*(with (inputs|input|agency inputs) from|inputs from|with agency inputs|written with|additional reporting by|reporting by|edited by|compiled by)\b[^)\]]{0,160}[)\]]?\.?$/i,
  },
  {
    name: 'agency-dash',
    reason: 'a bare agency tag on its own line ("- Reuters", "(AFP)")',
    kind: 'credit',
    pattern: /^[([—–-]*\s*(reuters|afp|ap|pti|ani|ians|tass|xinhua|dpa|efe|bloomberg|agencies)\s*[)\]]?\.?$/i,
  },
  {
    name: 'photo-credit',
    reason: 'a picture caption credit, describing an image not in the text',
    kind: 'furniture',
    pattern: /^[([]?\s*(photo|image|picture|file photo|representative image|representational image)( credit)?\s*[:|/]\s*[^.]{0,80}[)\]]?$|^\((photo|image|file)\b[^)]{0,80}\)$/i,
  },
];
