/**
 * Guesses ([G]) the checker rests on, in one place, so they can be re-checked and tuned together.
 * Each degrades gracefully: a wrong value means a missed or extra low-stakes hint, never a crash.
 */

/** Creator scripts: the disclosure must start within this many normalised characters of the start (after leading
 * blanks) AND before the first claim. Enough for "【PR】", "#PR ", "広告　" or "こんにちは！#PR"; a tag at the end of
 * a one-line caption no longer counts (issue 15). Research c5 allows 30–50 chars; the issue asks for the start. [G] */
export const DISCLOSURE_MAX_START = 12;

/** A disclosure after this many hashtags counts as buried (research c5 "5 or more"). [G] */
export const DISCLOSURE_MAX_HASHTAGS_BEFORE = 5;

/** Longest run of separators collapsed between two CJK characters (シ ミ, 最・安); longer gaps are treated as layout. [G] */
export const MAX_SEPARATOR_RUN = 3;

/** Default ± window for context exceptions (research c4 uses ~12 chars for シミ + 衣類). [G] */
export const NEAR_WINDOW_DEFAULT = 12;

/** Platform rules (groups C19, F03, I01–I07) come from other markets' TikTok Shop pages and CN/JP seller summaries;
 * no public JP Seller Center policy page was found (research caveat). [G] */
export const PLATFORM_RULES_UNVERIFIED_FOR_JP = true;

/** Severity mapping S1→high, S2→medium, S3→low, S4→info is the research notes' own scale, not a legal one. [G] */
export const SEVERITY_SCALE_IS_OWN = true;
