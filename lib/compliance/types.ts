import type { Localised } from '../i18n';

/** Product categories the checker gates on (research §K). `general` = not told: every rule applies. */
export const CATEGORY_IDS = [
  'general',
  'cosmetic',
  'quasi_drug',
  'health_food',
  'ffc',
  'foshu',
  'fnfc',
  'food',
  'beauty_device',
  'medical_device',
  'apparel',
  'household',
  'electronics',
] as const;
export type Category = (typeof CATEGORY_IDS)[number];

/** What the text is: a TikTok listing/description or a creator video/LIVE script (research §H). */
export type Kind = 'listing' | 'creator_script';

/** S1→high, S2→medium, S3→low, S4→info (research severity legend). */
export type Severity = 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Law or platform rule a finding rests on. */
export type LawKey = 'yakki' | 'adStandard' | 'keihyo' | 'keihyoPrice' | 'premiums' | 'kenzo' | 'foodLabel' | 'stema' | 'origin' | 'tiktok';

/** An exception: a regex (on the normalised text) that, when it overlaps the hit (`cover`) or occurs
 * within `window` chars of it in the same line (`near`), lets the hit through. Optionally only for some categories. */
export interface RuleException {
  re: string;
  mode: 'cover' | 'near';
  window?: number;
  categories?: readonly Category[];
}

/** One dictionary entry. Patterns are regex sources matched against the normalised text
 * (NFKC, lower-case Latin, katakana folded to hiragana, separators between CJK removed). */
export interface Rule {
  id: string;
  /** Research row, e.g. "B01"; findings of one group on the same span are merged. */
  group: string;
  lang: 'ja' | 'zh' | 'en' | 'any';
  patterns: readonly string[];
  severity: Severity;
  law: LawKey;
  /** Categories where the rule applies. */
  scopes: readonly Category[];
  /** Kinds where it applies (default both). */
  kinds?: readonly Kind[];
  exceptions?: readonly RuleException[];
  /** Suppress the hit when its sentence is a caution/warning ("…しないでください", "医師にご相談"). */
  cautionSafe?: boolean;
  /** Suppress the hit when this regex matches anywhere in the text (a required annotation is present). */
  unlessTextHas?: string;
  /** True for claims about efficacy; a disclaimer next to them earns the G01 "no shield" finding. */
  efficacy?: boolean;
  /** Only reported when an efficacy claim was found too (disclaimers: research G01, "signals, not shields"). */
  onlyWithEfficacy?: boolean;
  explanation: Localised;
  alternatives: readonly string[];
  sources: readonly string[];
}

export interface Finding {
  ruleId: string;
  group: string;
  /** UTF-16 offsets into the ORIGINAL text; `text.slice(start, end) === matched`. */
  start: number;
  end: number;
  matched: string;
  severity: Severity;
  lawKey: LawKey;
  law: Localised;
  explanation: Localised;
  alternatives: string[];
  sources: string[];
  /** The hit only matched after removing spacing/zero-width/width tricks (research c1 step 3). */
  evasion: boolean;
}

export interface CheckOptions {
  category: Category;
  kind: Kind;
}

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
}
