/**
 * Clause-level matching (issue 15): a target (disease, symptom, skin condition, fat, body part or body function) and an
 * effect predicate (disappear, cure, reduce, burn, activate, prevent…) in the same clause with other words allowed
 * between, plus sufferer targeting ("〜でお悩みの方に") and speed claims ("一瞬で", "〇日で"). Runs on the normalised
 * text (text-folding.ts keeps the offset map); verbs are expanded by the deinflector (deinflect.ts); the word lists and
 * their sources are in lexicon.ts. Returns spans in normalised offsets; the engine applies caution/quote filters,
 * dedupe and the offset map like for every other rule.
 */
import { isNegatedAt, verbsPattern } from './deinflect';
import {
  BODY_PARTS, DISEASES, FAT, FUNCTIONS, HOUSEHOLD_CONTEXT_RE, OTHER_OBJECT_RE, PREDICATE_TARGETS, PREDICATES, QUASI_DRUG_PREVENTABLE,
  SKIN_CONDITIONS, SPEED_RE, SPEED_SAFE_RE, SUFFERER_TAIL_RE, SYMPTOMS, VISUAL_AFTER_RE, WEAK_BODY_TAIL_RE,
  type PredicateClass, type TargetClass,
} from './lexicon';
import { foldPatternSource } from './text-folding';
import { requiredLiterals, TextIndex, type Literals } from './prefilter';
import { CLAUSE_RULES } from './rules/clause';
import type { Category, Rule } from './types';

/** Longest gap (normalised chars) between a target and its predicate: "お腹まわりがたった2週間でぐんと細くなる" has 12. [G] */
export const CLAUSE_MAX_GAP = 14;
/** How far a speed phrase may sit from the effect or target it qualifies. [G] */
export const SPEED_WINDOW = 14;
/** スッキリ / 楽に only count right after their complaint (むくみスッキリ, 便秘がスッキリ). [G] */
const RELIEF_MAX_GAP = 4;

const fold = (s: string) => foldPatternSource(s);
const re = (src: string, flags = '') => new RegExp(foldPatternSource(src), flags);

/** 。！？!? or a newline ends a sentence; a test on codes, as it runs for every character around many spans. */
export function isSentenceBreak(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x0a;
}
const KANJI = /[\u4e00-\u9fff々]/;
const KANA_ONLY = /^[\u3041-\u309f]+$/;

interface Target {
  s: number;
  e: number;
  cls: TargetClass;
  word: string;
}

interface Predicate {
  s: number;
  e: number;
  cls: PredicateClass;
}

export interface ClauseHit {
  rule: Rule;
  ns: number;
  ne: number;
}

/** Word → class, the first list winning (a disease is never demoted to a symptom). */
const TARGET_CLASS = new Map<string, TargetClass>();
for (const [cls, words] of [
  ['disease', DISEASES], ['skin', SKIN_CONDITIONS], ['fat', FAT], ['symptom', SYMPTOMS], ['function', FUNCTIONS], ['body', BODY_PARTS],
] as const) {
  for (const w of words) if (!TARGET_CLASS.has(fold(w))) TARGET_CLASS.set(fold(w), cls);
}
/**
 * First UTF-16 code → candidate words, longest first (a hand-rolled trie level: far faster than a 300-way regex). Keyed
 * by code, not by character, so the scan asks for no one-character string at every position.
 */
const TARGETS_BY_FIRST = new Map<number, string[]>();
for (const w of TARGET_CLASS.keys()) {
  const list = TARGETS_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  TARGETS_BY_FIRST.set(w.charCodeAt(0), list);
}
for (const list of TARGETS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

const PREDICATE_RES: ReadonlyArray<[PredicateClass, RegExp, Literals]> = (Object.keys(PREDICATES) as PredicateClass[]).map((cls) => {
  const source = verbsPattern(PREDICATES[cls]);
  return [cls, new RegExp(source, 'g'), requiredLiterals(source)];
});
const SPEED = re(SPEED_RE, 'g');
const SPEED_SAFE = re(SPEED_SAFE_RE);
const SUFFERER_TAIL = re(SUFFERER_TAIL_RE);
const WEAK_BODY_TAIL = re(WEAK_BODY_TAIL_RE);
const OTHER_OBJECT = re(OTHER_OBJECT_RE);
const HOUSEHOLD_CONTEXT = re(HOUSEHOLD_CONTEXT_RE);
const VISUAL_AFTER = re(VISUAL_AFTER_RE);
/** "体型カバー 着痩せ", "痩せ型", "痩せ見え": apparel sizing and visual slimming (research C01 "do not flag"). */
const PREDICATE_COVER = re('着痩せ|着やせ|痩せ型|やせ型|痩せ我慢|やせ我慢|細身|着圧');
/** A body part takes a raising verb only directly: 目元アップ, 胃腸の働きを高める — not 肌のうるおいアップ. */
const BODY_BOOST_GAP = re('^(?:の(?:働き|機能|力|動き))?(?:が|を|の|も)?(?:ぐっと|きゅっと|しっかり|どんどん|ぐんぐん|みるみる|とことん|一気に|ますます|さらに)?$');
/** Permitted cosmetic wording the broad classes would otherwise catch (56 items 11, 18, 49–55). */
const COSMETIC_PERMITTED = re('(?:洗浄により|洗顔).{0,4}にきび|ふけ[、・,]?かゆみ(?:が|を)?(?:とれ|取れ|抑え)|(?:むし歯|虫歯)を防|歯垢を除去|口臭を防|歯石の沈着を防|歯のやにを取');
const COSMETIC_PERMITTED_CATEGORIES: ReadonlySet<Category> = new Set(['cosmetic', 'quasi_drug', 'general']);
/** Approved, notified or fixed statements of FOSHU / FFC / FNFC (their sentence is the permitted claim itself). */
const NOTIFIED_SENTENCE = re('報告されています|報告があります|適する食品|適した食品|食品です|栄養素です|許可を受け|届出番号');
const NOTIFIED_CATEGORIES: ReadonlySet<Category> = new Set(['ffc', 'foshu', 'fnfc']);
const QD_PREVENTABLE: ReadonlySet<string> = new Set(QUASI_DRUG_PREVENTABLE.map(fold));
/** Categories where skin words usually mean stains and creases on things (衣類のシミ, シワになりにくい). */
const NON_BODY_CATEGORIES: ReadonlySet<Category> = new Set(['household', 'electronics']);
/** Categories where a symptom alone ("冷えが気になる方に" on socks) is not a sufferer claim; disease names still are. */
const SYMPTOM_SUFFERER_EXEMPT: ReadonlySet<Category> = new Set(['apparel', 'household', 'electronics']);

function findTargets(text: string): Target[] {
  const out: Target[] = [];
  let i = 0;
  while (i < text.length) {
    const list = TARGETS_BY_FIRST.get(text.charCodeAt(i));
    let matched: string | undefined;
    if (list) {
      for (const w of list) {
        if (!text.startsWith(w, i)) continue;
        // A single kanji or a short kana word must not end a compound: 体 but not 本体/全体, 顔 but not 笑顔/洗顔,
        // しみ but not 楽しみ/悲しみ.
        if (i > 0 && KANJI.test(text[i - 1]!) && (w.length === 1 || (w.length <= 2 && KANA_ONLY.test(w) && TARGET_CLASS.get(w) === 'skin'))) continue;
        matched = w;
        break;
      }
    }
    if (matched) {
      out.push({ s: i, e: i + matched.length, cls: TARGET_CLASS.get(matched)!, word: matched });
      i += matched.length;
    } else i++;
  }
  return out;
}

function findPredicates(text: string, index: TextIndex): Predicate[] {
  const out: Predicate[] = [];
  for (const [cls, pattern, literals] of PREDICATE_RES) {
    if (!index.mayMatch(literals)) continue;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push({ s: m.index, e: m.index + m[0].length, cls });
    }
  }
  return out.sort((a, b) => a.s - b.s);
}

function hasBreak(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isSentenceBreak(text.charCodeAt(k))) return true;
  return false;
}

function sentenceAround(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !isSentenceBreak(text.charCodeAt(s - 1))) s--;
  let e = b;
  while (e < text.length && !isSentenceBreak(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** Foods may not claim to prevent anything bodily; cosmetics may prevent 肌荒れ, 乾燥, 日やけによるシミ… (56 items). */
const FOOD_CATEGORIES: ReadonlySet<Category> = new Set(['health_food', 'food', 'ffc', 'foshu', 'fnfc']);
/** Generic words ("病気", "症状") that food cautions use; only named diseases count on their own. */
const GENERIC_DISEASE_WORDS: ReadonlySet<string> = new Set(['病気', '疾患', '疾病', '症状', '炎症'].map(fold));
/** The skin and hair surface: "肌をひきしめる", "肌が弱い方にも" are cosmetic wording, not body-structure claims. */
const SKIN_SURFACE: ReadonlySet<string> = new Set(['肌', '皮膚', '素肌', '肌質', '頭皮', '髪', '頭髪', '毛髪', '髪の毛', '顔'].map(fold));

function ruleFor(t: Target, p: PredicateClass, category: Category): Rule | null {
  if (!PREDICATE_TARGETS[p].includes(t.cls)) return null;
  if (p === 'prevent' && t.cls !== 'disease' && !FOOD_CATEGORIES.has(category)) return null;
  if (p === 'tighten' && SKIN_SURFACE.has(t.word)) return null;
  if (p === 'prevent') return CLAUSE_RULES.prevent;
  if (t.cls === 'disease') return CLAUSE_RULES.disease;
  if (p === 'burn') return CLAUSE_RULES.burn;
  if (t.cls === 'fat') return CLAUSE_RULES.fat;
  if (t.cls === 'function') return CLAUSE_RULES.function;
  if (t.cls === 'body' && (p === 'boost' || p === 'tighten')) return CLAUSE_RULES.growth;
  return CLAUSE_RULES.body;
}

function targetAllowed(text: string, t: Target, category: Category): boolean {
  if (t.cls !== 'skin') return true;
  if (NON_BODY_CATEGORIES.has(category)) return false;
  const from = Math.max(0, t.s - 12);
  return !HOUSEHOLD_CONTEXT.test(text.slice(from, t.e + 12));
}

export function clauseHits(text: string, category: Category, index: TextIndex = new TextIndex(text)): ClauseHit[] {
  if (category === 'medical_device') return [];
  const targets = findTargets(text);
  const predicates = findPredicates(text, index);
  const hits: ClauseHit[] = [];
  const notifiedOk = NOTIFIED_CATEGORIES.has(category);
  const permittedOk = COSMETIC_PERMITTED_CATEGORIES.has(category);

  const keep = (rule: Rule, ns: number, ne: number, t?: Target, p?: Predicate) => {
    if (notifiedOk && NOTIFIED_SENTENCE.test(sentenceAround(text, ns, ne))) return;
    if (permittedOk) {
      const from = Math.max(0, ns - 8);
      const slice = text.slice(from, ne + 8);
      const m = COSMETIC_PERMITTED.exec(slice);
      if (m && from + m.index < ne && from + m.index + m[0].length > ns) return;
    }
    if (category === 'quasi_drug' && p?.cls === 'prevent' && t && QD_PREVENTABLE.has(t.word)) return;
    hits.push({ rule, ns, ne });
  };

  // Target … predicate in one clause.
  let firstTarget = 0;
  for (const p of predicates) {
    if (p.cls === 'effect') continue;
    if (isNegatedAt(text, p.e)) continue;
    if (VISUAL_AFTER.test(text.slice(p.e, p.e + 4))) continue;
    const around = text.slice(Math.max(0, p.s - 2), p.e + 2);
    if (PREDICATE_COVER.test(around)) continue;
    while (firstTarget < targets.length && targets[firstTarget]!.e <= p.s - CLAUSE_MAX_GAP - 1) firstTarget++;
    for (let k = targets.length - 1; k >= firstTarget; k--) {
      const t = targets[k]!;
      if (t.e > p.s) continue;
      if (p.s - t.e > CLAUSE_MAX_GAP) break;
      const rule = ruleFor(t, p.cls, category);
      if (!rule) continue;
      if (hasBreak(text, t.e, p.s)) break;
      const gap = text.slice(t.e, p.s);
      if (OTHER_OBJECT.test(gap)) break;
      if (t.cls === 'body' && (p.cls === 'boost' || p.cls === 'tighten') && !BODY_BOOST_GAP.test(gap)) continue;
      if (p.cls === 'relief' && gap.length > RELIEF_MAX_GAP) continue;
      if (!targetAllowed(text, t, category)) continue;
      keep(rule, t.s, p.e, t, p);
      break;
    }
  }

  // Sufferer targeting right after a disease or symptom (or a weak organ).
  for (const t of targets) {
    const tail = text.slice(t.e, t.e + 16);
    if (t.cls === 'disease' || (t.cls === 'symptom' && !SYMPTOM_SUFFERER_EXEMPT.has(category))) {
      const m = SUFFERER_TAIL.exec(tail);
      if (m) keep(CLAUSE_RULES.sufferer, t.s, t.e + m[0].length, t);
    } else if (t.cls === 'body' && !SKIN_SURFACE.has(t.word)) {
      const m = WEAK_BODY_TAIL.exec(tail);
      if (m) keep(CLAUSE_RULES.sufferer, t.s, t.e + m[0].length, t);
    }
  }

  // A disease name in food copy is read as a drug-like claim whatever surrounds it (46通知 terms, "病気・症状の名称").
  if (FOOD_CATEGORIES.has(category)) {
    for (const t of targets) {
      if (t.cls !== 'disease' || GENERIC_DISEASE_WORDS.has(t.word)) continue;
      keep(CLAUSE_RULES.bareDisease, t.s, t.e, t);
    }
  }

  // Speed or timeframe attached to an effect or a target.
  SPEED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEED.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (e === s) {
      SPEED.lastIndex++;
      continue;
    }
    if (SPEED_SAFE.test(sentenceAround(text, s, e))) continue;
    const effect = predicates.find((p) => p.s >= e && p.s - e <= SPEED_WINDOW && !hasBreak(text, e, p.s) && !isNegatedAt(text, p.e));
    if (effect) {
      keep(CLAUSE_RULES.speed, s, effect.e);
      continue;
    }
    const near = targets.find(
      (t) => t.cls !== 'function' && ((t.e <= s && s - t.e <= 3) || (t.s >= e && t.s - e <= SPEED_WINDOW && !hasBreak(text, e, t.s))) && targetAllowed(text, t, category),
    );
    if (near) keep(CLAUSE_RULES.speedTarget, Math.min(s, near.s), Math.max(e, near.e));
  }
  return hits;
}
