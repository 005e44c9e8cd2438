import type { CleanRule } from './rule.js';
import { promoRules } from './promo.js';
import { callRules } from './calls.js';
import { advertRules } from './adverts.js';
import { creditRules } from './credits.js';

/** Configuration as data: the rule families in the order they are tried. */
export const CLEAN_RULES: CleanRule[] = [...promoRules, ...callRules, ...advertRules, ...creditRules];
export type { CleanRule };
