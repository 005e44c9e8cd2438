import type { CleanRule } from '../../../pipeline/stages/clean/rule.js';
import { promoRules } from './promo.js';
import { callRules } from './calls.js';
import { advertRules } from './adverts.js';
import { creditRules } from './credits.js';

import type { CleanLanguage } from '../../sections/clean.js';

/** English for the clean stage. Configuration as data: the rule families in the order they are tried. */
export const clean: CleanLanguage = {
  rules: [...promoRules, ...callRules, ...advertRules, ...creditRules] satisfies CleanRule[],
};
