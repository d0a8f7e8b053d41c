/**
 * The versioned rule dictionary (research notes 2026 "compliance.md"). Bump RULESET_VERSION whenever a rule,
 * pattern or exception changes, so stored results can say which dictionary produced them.
 */
import type { Rule } from '../types';
import { COSMETIC_RULES } from './cosmetic';
import { DISCLOSURE_RULES } from './disclosure';
import { EFFICACY_RULES } from './efficacy';
import { FOOD_RULES } from './food';
import { PLATFORM_RULES } from './platform';
import { PRICE_RULES } from './price';
import { REPRESENTATION_RULES } from './representation';
import { STAPLE_RULES } from './staples';

export const RULESET_VERSION = '2026.11.30-1';

export const RULES: readonly Rule[] = [
  ...EFFICACY_RULES,
  ...COSMETIC_RULES,
  ...FOOD_RULES,
  ...REPRESENTATION_RULES,
  ...PRICE_RULES,
  ...DISCLOSURE_RULES,
  ...PLATFORM_RULES,
  ...STAPLE_RULES,
];
