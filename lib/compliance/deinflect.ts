/**
 * A small Japanese deinflector for the clause matcher: one place that turns a dictionary form (and its kana spellings)
 * into a regex source matching every conjugated form, plus a check for a negative ending after a match.
 * Works on the normalised text (katakana already folded to hiragana, see text-folding.ts), so patterns are folded too.
 *
 * Classes: godan verbs (治る → 治[らりるれろっ]), ichidan verbs (消える → 消え followed by an ending),
 * and suru-nouns (改善, matched as the noun; the engine extends the span over する/した…).
 */
import { foldPatternSource } from './text-folding';

export type VerbClass = 'godan' | 'ichidan' | 'noun';

/** A verb by its dictionary forms (kanji and kana spellings of the same word) and class. */
export type Verb = readonly [forms: readonly string[], cls: VerbClass];

/** The conjugation row of a godan verb's final kana, including the euphonic forms (っ/ん/い). */
const GODAN_ROWS: Readonly<Record<string, string>> = {
  る: 'らりるれろっ',
  す: 'さしすせそ',
  く: 'かきくけこい',
  ぐ: 'がぎぐげごい',
  う: 'わいうえおっ',
  つ: 'たちつてとっ',
  む: 'まみむめもん',
  ぶ: 'ばびぶべぼん',
  ぬ: 'なにぬねのん',
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source (folded) matching every conjugated form of one dictionary form. */
export function formPattern(form: string, cls: VerbClass): string {
  const folded = foldPatternSource(form);
  if (cls === 'noun') return escape(folded);
  if (cls === 'ichidan') {
    if (!folded.endsWith('る')) throw new Error(`ichidan verb must end in る: ${form}`);
    // The bare stem is also an adjective or noun (高めの, 伸びがいい), so a conjugation ending must follow.
    return `${escape(folded.slice(0, -1))}(?=[るれろよなずまたてさらちゃ去])`;
  }
  const last = folded.slice(-1);
  const row = GODAN_ROWS[last];
  if (!row) throw new Error(`unknown godan ending: ${form}`);
  return `${escape(folded.slice(0, -1))}[${row}]`;
}

/** One alternation (longest first) matching every form of every verb. */
export function verbsPattern(verbs: readonly Verb[]): string {
  const alts: string[] = [];
  for (const [forms, cls] of verbs) for (const f of forms) alts.push(formPattern(f, cls));
  return alts.sort((a, b) => b.length - a.length).join('|');
}

/** Negative endings right after a matched stem (消え|ない, 治ら|ない, 改善し|ません). */
const NEGATIVE_AFTER = /^(?:し|でき|さ|され)?(?:ない|なかっ|なく|ません|ず(?!っ)|ぬ|にくい|づらい)/;

export function isNegatedAt(text: string, end: number): boolean {
  return NEGATIVE_AFTER.test(text.slice(end, end + 6));
}
