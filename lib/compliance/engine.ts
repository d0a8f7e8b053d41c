/**
 * Matching engine: compiles the rule dictionary once into regexes over the normalised text, then runs the
 * pipeline of research §c1 (match → exceptions → caution sentences → category gating → dedupe → structural checks).
 */
import { DISCLOSURE_MAX_HASHTAGS_BEFORE, DISCLOSURE_MAX_START, NEAR_WINDOW_DEFAULT } from './assumptions';
import { LAWS } from './laws';
import { foldPatternSource, normalise, spanIsEvasive, toOriginalSpan, type Normalised } from './text-folding';
import { clauseHits, isSentenceBreak } from './clause';
import { requiredLiterals, TextIndex, type Literals } from './prefilter';
import { RULES } from './rules';
import { DISCLOSURE, STEMA_EXPLANATIONS } from './rules/disclosure';
import { CATEGORY_IDS, SEVERITIES, type Category, type CheckOptions, type CheckResult, type Finding, type Kind, type Rule, type RuleException, type Severity } from './types';
import { appendAll } from '../collections';

/** Chars either side of a hit scanned for `cover` exceptions (longest allowlisted compound ≈ 20 chars). */
export const COVER_WINDOW = 24;

/** Sentences that are cautions or mandatory notices, not claims (research c4 "negation and caution"). */
const CAUTION_RE = /ないで|おやめください|ご相談ください|ご相談下さい|相談してください|ものではありません|目的としたものでは|禁止|中止してください|中止し|の方は医師|医師に相談/;
/** A quoted term being discussed, not used: 「"治る"という表現は使えません」 (research c4 "meta or quoted text"). */
const META_AFTER = /^[」』"”']?\s*(?:という(?:表現|言葉|わーど|単語)|は(?:ng|使えない|使えません|だめ|禁止|避け)|と書いては|などのng)/;
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);
/** Groups about disclosure and disclaimers themselves; every other finding is a claim the disclosure must precede. */
const DISCLOSURE_GROUPS: ReadonlySet<string> = new Set(['H01', 'H02', 'H03', 'H04', 'G01', 'G02', 'G03']);

/** Okurigana after a matched verb stem (消え|る, なくな|ります), so spans and replacements cover the whole verb. */
const KANA_STEM_TAIL = /^(?:りました|りません|ります|しました|します|ました|ません|ます|する|した|った|って|れる|せる|ない|る|た|て)/;
/** Verb endings after a kanji (痩|せる, 改善|する). */
const KANJI_STEM_TAIL = /^(?:せます|せる|せた|しました|します|される|する|した|できる|いました|います|った|って)/;

function extendTail(text: string, ne: number, rule: Rule): number {
  if (rule.lang !== 'ja' || ne === 0) return ne;
  const last = text.charCodeAt(ne - 1);
  const rest = text.slice(ne, ne + 4);
  const isHiragana = last >= 0x3041 && last <= 0x3096;
  const isKanji = last >= 0x4e00 && last <= 0x9fff;
  const m = isHiragana ? KANA_STEM_TAIL.exec(rest) : isKanji ? KANJI_STEM_TAIL.exec(rest) : null;
  return m ? ne + m[0].length : ne;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

interface CompiledException {
  re: RegExp;
  /** The same pattern with the g flag, for scanning every occurrence (`cover` mode). */
  global: RegExp;
  mode: 'cover' | 'near';
  window: number;
  categories: ReadonlySet<Category> | null;
}

interface CompiledRule {
  rule: Rule;
  re: RegExp;
  /** Literals one of which every match contains (prefilter.ts); null = always run. */
  literals: Literals;
  scopes: ReadonlySet<Category>;
  kinds: ReadonlySet<Kind> | null;
  exceptions: CompiledException[];
  unless: RegExp | null;
}

function compileSource(patterns: readonly string[]): string {
  return patterns.map((p) => `(?:${foldPatternSource(p)})`).join('|');
}

function compileException(ex: RuleException): CompiledException {
  const source = foldPatternSource(ex.re);
  return {
    re: new RegExp(source),
    global: new RegExp(source, 'g'),
    mode: ex.mode,
    window: ex.window ?? (ex.mode === 'near' ? NEAR_WINDOW_DEFAULT : COVER_WINDOW),
    categories: ex.categories ? new Set(ex.categories) : null,
  };
}

function compileRule(rule: Rule): CompiledRule {
  const source = compileSource(rule.patterns);
  return {
    rule,
    re: new RegExp(source, 'g'),
    literals: requiredLiterals(source),
    scopes: new Set(rule.scopes),
    kinds: rule.kinds ? new Set(rule.kinds) : null,
    exceptions: (rule.exceptions ?? []).map(compileException),
    unless: rule.unlessTextHas ? new RegExp(foldPatternSource(rule.unlessTextHas)) : null,
  };
}

/** Compiled once at module load. */
const COMPILED: readonly CompiledRule[] = RULES.map(compileRule);

/** For tests: each rule's compiled regex and its prefilter literals. */
export function compiledRulesForTest(): ReadonlyArray<{ id: string; re: RegExp; literals: Literals }> {
  return COMPILED.map((c) => ({ id: c.rule.id, re: new RegExp(c.re.source), literals: c.literals }));
}
const DISCLOSURE_RE = new RegExp(compileSource(DISCLOSURE.clear), 'g');
const AMBIGUOUS_TAG_RE = new RegExp(compileSource(DISCLOSURE.ambiguous), 'g');

interface Hit {
  rule: Rule;
  ns: number;
  ne: number;
}

/**
 * Newline positions of one text, found once per check: looking them up from each hit's position walked the whole text
 * per hit when it had no newlines, and dense copy has hundreds of hits.
 */
class LineIndex {
  private readonly newlines: number[] = [];

  constructor(private readonly text: string) {
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) this.newlines.push(k);
  }

  /** [start of the line holding ns, end of the line holding ne): after the last newline before ns, up to the first at or after ne. */
  bounds(ns: number, ne: number): [number, number] {
    const nl = this.newlines;
    const before = this.firstAtOrAfter(ns) - 1;
    const after = this.firstAtOrAfter(ne);
    return [before >= 0 ? nl[before]! + 1 : 0, after < nl.length ? nl[after]! : this.text.length];
  }

  /** Index in `newlines` of the first newline at or after `pos` (binary search). */
  private firstAtOrAfter(pos: number): number {
    const nl = this.newlines;
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function sentenceOf(text: string, ns: number, ne: number): string {
  let a = ns;
  while (a > 0 && !isSentenceBreak(text.charCodeAt(a - 1))) a--;
  let b = ne;
  while (b < text.length && !isSentenceBreak(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

function isExcepted(c: CompiledRule, text: string, lines: LineIndex, ns: number, ne: number, category: Category): boolean {
  const [la, lb] = lines.bounds(ns, ne);
  for (const ex of c.exceptions) {
    if (ex.categories && !ex.categories.has(category)) continue;
    const from = Math.max(la, ns - ex.window);
    const slice = text.slice(from, Math.min(lb, ne + ex.window));
    if (ex.mode === 'near') {
      if (ex.re.test(slice)) return true;
      continue;
    }
    const re = ex.global;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (s < ne && e > ns) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return false;
}

function collectHits(norm: Normalised, category: Category, kind: Kind): Hit[] {
  const text = norm.text;
  const hits: Hit[] = [];
  const index = new TextIndex(text);
  const lines = new LineIndex(text);
  for (const c of COMPILED) {
    if (!c.scopes.has(category)) continue;
    if (c.kinds && !c.kinds.has(kind)) continue;
    if (!index.mayMatch(c.literals)) continue;
    const re = c.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let unlessChecked = false;
    while ((m = re.exec(text)) !== null) {
      const ns = m.index;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const ne = extendTail(text, ns + m[0].length, c.rule);
      if (c.unless) {
        if (!unlessChecked) {
          unlessChecked = true;
          if (c.unless.test(text)) break;
        }
      }
      if (c.exceptions.length > 0 && isExcepted(c, text, lines, ns, ne, category)) continue;
      if (c.rule.cautionSafe && CAUTION_RE.test(sentenceOf(text, ns, ne))) continue;
      if (META_AFTER.test(text.slice(ne, ne + 12))) continue;
      hits.push({ rule: c.rule, ns, ne });
    }
  }
  // Clause-level hits fill the gaps the phrase rules leave; where a phrase rule already names the claim it is the more
  // specific finding, so an overlapping clause hit is dropped.
  const phraseHits = hits.length;
  for (const h of clauseHits(text, category, index)) {
    if (!h.rule.scopes.includes(category)) continue;
    const ne = extendTail(text, h.ne, h.rule);
    // Covered = a phrase rule already reports this claim; a speed phrase only covers a speed claim.
    const speed = h.rule.group === 'A12';
    let covered = false;
    for (let k = 0; k < phraseHits && !covered; k++) {
      const p = hits[k]!;
      covered = p.ns < ne && h.ns < p.ne && (p.rule.group === 'A12') === speed;
    }
    if (covered) continue;
    if (h.rule.cautionSafe && CAUTION_RE.test(sentenceOf(text, h.ns, ne))) continue;
    if (META_AFTER.test(text.slice(ne, ne + 12))) continue;
    hits.push({ rule: h.rule, ns: h.ns, ne });
  }
  return hits;
}

/** Keeps the most severe, then longest hit; drops hits inside an equal-or-more severe one, and same-group overlaps. */
function dedupe(hits: Hit[]): Hit[] {
  const ranked = hits.map((hit) => ({ hit, rank: SEVERITY_RANK[hit.rule.severity], length: hit.ne - hit.ns }));
  ranked.sort((a, b) => b.rank - a.rank || b.length - a.length || a.hit.ns - b.hit.ns);
  const kept: Hit[] = [];
  // The kept hits again, ordered by start: a hit can only be redundant next to one starting at most the longest kept
  // length before it, so each test looks at a few neighbours rather than at every kept hit (dense copy keeps hundreds).
  const byStart: Hit[] = [];
  let longest = 0;
  for (const { hit: h } of ranked) {
    let redundant = false;
    for (let k = firstStartingAtOrAfter(byStart, h.ns - longest); k < byStart.length; k++) {
      const other = byStart[k]!;
      if (other.ns > h.ne) break;
      if ((other.ns <= h.ns && h.ne <= other.ne) || (other.rule.group === h.rule.group && other.ns < h.ne && h.ns < other.ne)) {
        redundant = true;
        break;
      }
    }
    if (redundant) continue;
    kept.push(h);
    byStart.splice(firstStartingAtOrAfter(byStart, h.ns), 0, h);
    longest = Math.max(longest, h.ne - h.ns);
  }
  return kept;
}

/** Index of the first hit in `byStart` (ordered by start) that starts at or after `pos`. */
function firstStartingAtOrAfter(byStart: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.ns < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toFinding(original: string, norm: Normalised, rule: Rule, ns: number, ne: number): Finding {
  const { start, end } = toOriginalSpan(norm, ns, ne);
  return {
    ruleId: rule.id,
    group: rule.group,
    start,
    end,
    matched: original.slice(start, end),
    severity: rule.severity,
    lawKey: rule.law,
    law: LAWS[rule.law],
    explanation: rule.explanation,
    alternatives: [...rule.alternatives],
    sources: [...rule.sources],
    evasion: spanIsEvasive(norm, ns, ne),
  };
}

/**
 * Creator-script disclosure checks (research §H, c5): absent → H01 at 0–0; late or buried → H03 on the token.
 * "Up front" is judged by position: at the start of the caption or script AND before the first claim
 * (`firstClaim`, normalised offset), not merely somewhere on the first line (issue 15).
 */
function disclosureFindings(original: string, norm: Normalised, denials: Hit[], firstClaim: number): Finding[] {
  const text = norm.text;
  const leading = text.length - text.trimStart().length;
  DISCLOSURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let first: { ns: number; ne: number } | null = null;
  while ((m = DISCLOSURE_RE.exec(text)) !== null) {
    const ns = m.index;
    const ne = ns + m[0].length;
    if (ne === ns) {
      DISCLOSURE_RE.lastIndex++;
      continue;
    }
    // "広告じゃない" is a denial, not a disclosure.
    if (denials.some((d) => d.ns < ne && ns < d.ne)) continue;
    first = { ns, ne };
    break;
  }
  const out: Finding[] = [];
  if (first) {
    const hashtagsBefore = (text.slice(0, first.ns).match(/#/g) ?? []).length;
    const early = first.ns - leading <= DISCLOSURE_MAX_START && first.ns < firstClaim;
    if (early && hashtagsBefore < DISCLOSURE_MAX_HASHTAGS_BEFORE) return out;
    out.push(toFinding(original, norm, STEMA_EXPLANATIONS.buried, first.ns, first.ne));
    return out;
  }
  AMBIGUOUS_TAG_RE.lastIndex = 0;
  const tag = AMBIGUOUS_TAG_RE.exec(text);
  if (tag) out.push(toFinding(original, norm, STEMA_EXPLANATIONS.ambiguous, tag.index, tag.index + tag[0].length));
  const missing = STEMA_EXPLANATIONS.missing;
  out.push({
    ruleId: missing.id,
    group: missing.group,
    start: 0,
    end: 0,
    matched: '',
    severity: missing.severity,
    lawKey: missing.law,
    law: LAWS[missing.law],
    explanation: missing.explanation,
    alternatives: [...missing.alternatives],
    sources: [...missing.sources],
    evasion: false,
  });
  return out;
}

export function emptyCounts(): Record<Severity, number> {
  return { high: 0, medium: 0, low: 0, info: 0 };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function checkCopy(text: string, options: CheckOptions): CheckResult {
  // Unknown values (e.g. from old storage) fall back to the strictest reading rather than to "no rules".
  const category: Category = CATEGORY_SET.has(options?.category) ? options.category : 'general';
  const kind: Kind = options?.kind === 'creator_script' ? 'creator_script' : 'listing';
  const source = typeof text === 'string' ? text : '';
  const norm = normalise(source);
  const hits = dedupe(collectHits(norm, category, kind));
  const hasEfficacy = hits.some((h) => h.rule.efficacy);
  const kept = hits.filter((h) => !h.rule.onlyWithEfficacy || hasEfficacy);
  const findings = kept.map((h) => toFinding(source, norm, h.rule, h.ns, h.ne));
  if (kind === 'creator_script' && norm.text.trim().length > 0) {
    const denials = kept.filter((h) => h.rule.group === 'H02');
    let firstClaim = norm.text.length;
    for (const h of kept) if (!DISCLOSURE_GROUPS.has(h.rule.group) && h.ns < firstClaim) firstClaim = h.ns;
    appendAll(findings, disclosureFindings(source, norm, denials, firstClaim));
  }
  // By position; an insertion point (H01 at 0–0) comes before spans starting there, outer spans before inner ones.
  findings.sort(
    (a, b) =>
      a.start - b.start ||
      Number(b.start === b.end) - Number(a.start === a.end) ||
      b.end - a.end ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  return { findings, counts: countBySeverity(findings) };
}

/** Replaces each finding's span with its first alternative, right to left; overlapping spans keep the first applied. */
export function applySaferVersion(text: string, findings: readonly Finding[]): string {
  const order = findings
    .filter((f) => f.alternatives.length > 0 && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .slice()
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = text.length;
  for (const f of order) {
    if (f.end > limit) continue;
    out = out.slice(0, f.start) + f.alternatives[0]! + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

export { SEVERITIES };
