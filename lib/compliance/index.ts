/**
 * Copy-compliance checker for Japanese ad copy (TikTok Shop JP): 薬機法, 景品表示法, 健康増進法, ステマ告示 and
 * platform rules. Pure and synchronous; rules are data (./rules), compiled once at module load.
 * Not legal advice: "no findings" does not mean the copy is legal (research §c1 step 7).
 */
export { checkCopy, applySaferVersion, countBySeverity } from './engine';
export { CATEGORIES } from './categories';
export { RULES, RULESET_VERSION } from './rules';
export { LAWS } from './laws';
export { normalise } from './text-folding';
export { CATEGORY_IDS, SEVERITIES } from './types';
export type { Category, Kind, Severity, Finding, CheckOptions, CheckResult, Rule, LawKey } from './types';
