/**
 * A literal prefilter for the rule regexes (speed target: ≤ 1 ms per 2,000 characters, issue 15). From each regex
 * source we extract literals one of which every match must contain; a text whose character-pair index lacks all of
 * them cannot match, so the regex is skipped. Approximate on the safe side: `null` (no literal found) means
 * "always run", and a pair-index hit may still be a false alarm, which only costs the regex run it would have had.
 */

/** Any-of literal set, or null when a match need not contain any fixed text. */
export type Literals = string[] | null;

interface Scan {
  src: string;
  i: number;
}

/** Index of the `)` closing the group opened at `open`. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '[') {
      k = closeBracket(src, k);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return src.length - 1;
}

function closeBracket(src: string, open: number): number {
  for (let k = open + 1; k < src.length; k++) {
    if (src[k] === '\\') k++;
    else if (src[k] === ']') return k;
  }
  return src.length - 1;
}

/** True when the quantifier at `i` allows zero repetitions; returns its length. */
function quantifier(src: string, i: number): { optional: boolean; len: number } {
  const c = src[i];
  let len = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    optional = true;
    len = 1;
  } else if (c === '+') len = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(src.slice(i));
    if (m) {
      len = m[0].length;
      optional = m[1] === '' || Number(m[1]) === 0;
    }
  }
  if (len > 0 && src[i + len] === '?') len++;
  return { optional, len };
}

function splitTop(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '[') {
      k = closeBracket(src, k);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(src.slice(start, k));
      start = k + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}

function score(set: string[]): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min === Infinity ? 0 : min * 100 - set.length;
}

function sequence(src: string): Literals {
  const scan: Scan = { src, i: 0 };
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  while (scan.i < src.length) {
    const c = src[scan.i]!;
    if (c === '^' || c === '$') {
      scan.i++;
      continue;
    }
    let atomLiteral: string | null = null;
    let atomSet: Literals = null;
    let zeroWidth = false;
    let next = scan.i + 1;
    if (c === '\\') {
      const e = src[scan.i + 1] ?? '';
      next = scan.i + 2;
      if (e === 'b' || e === 'B') zeroWidth = true;
      else if (/[.*+?^${}()|[\]\\/-]/.test(e)) atomLiteral = e;
      else if (e === 'u' && src[scan.i + 2] === '{') next = src.indexOf('}', scan.i) + 1;
      else if (e === 'u' || e === 'x') next = scan.i + (e === 'u' ? 6 : 4);
    } else if (c === '[') {
      next = closeBracket(src, scan.i) + 1;
    } else if (c === '(') {
      const close = closeParen(src, scan.i);
      next = close + 1;
      const head = src.slice(scan.i, scan.i + 4);
      if (head.startsWith('(?=') || head.startsWith('(?!') || head.startsWith('(?<=') || head.startsWith('(?<!')) zeroWidth = true;
      else {
        let inner = src.slice(scan.i + 1, close);
        if (inner.startsWith('?:')) inner = inner.slice(2);
        else if (inner.startsWith('?<')) inner = inner.slice(inner.indexOf('>') + 1);
        atomSet = requiredLiterals(inner);
      }
    } else if (c !== '.') {
      atomLiteral = c;
    }
    const q = quantifier(src, next);
    scan.i = next + q.len;
    if (zeroWidth) continue;
    if (q.optional) {
      endRun();
      continue;
    }
    if (atomLiteral !== null) {
      run += atomLiteral;
      // x+ or x{2,}: the literal is required but what follows is not adjacent to a single copy.
      if (q.len > 0) endRun();
      continue;
    }
    endRun();
    if (atomSet) candidates.push(atomSet);
  }
  endRun();
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
}

/** Literals one of which every match of `source` contains, or null. */
export function requiredLiterals(source: string): Literals {
  const out: string[] = [];
  for (const alt of splitTop(source)) {
    const set = sequence(alt);
    if (!set) return null;
    for (const s of set) if (!out.includes(s)) out.push(s);
  }
  return out.length > 0 ? out : null;
}

/**
 * Character and character-pair index of a text, for literal look-ups without scanning the text again. Both are bit
 * sets (filling and asking Sets of numbers was a tenth of a dense check): characters by code, pairs by a hash of the
 * two codes into a table sized to the text. Pairs sharing a hash bit only make a look-up answer "may contain" more
 * often, which costs the regex run the index would have saved, never a match.
 */
export class TextIndex {
  private readonly chars = new Uint32Array(65536 / 32);
  private readonly pairs: Uint32Array;
  private readonly pairShift: number;

  constructor(text: string) {
    // 64 bits per pair in the text: a 2-character literal absent from the text is let through under 2% of the time
    // (rules list up to dozens of literals, any one of which lets the rule run). Capped at 2 MB for very long texts.
    const pairBits = Math.min(24, Math.max(12, Math.ceil(Math.log2(Math.max(1, text.length) * 64))));
    this.pairs = new Uint32Array(2 ** (pairBits - 5));
    this.pairShift = 32 - pairBits;
    let prev = -1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      this.chars[c >>> 5]! |= 1 << (c & 31);
      if (prev >= 0) {
        const h = this.pairHash(prev, c);
        this.pairs[h >>> 5]! |= 1 << (h & 31);
      }
      prev = c;
    }
  }

  /** Fibonacci hash of the pair's 32-bit code, kept to the table's size. */
  private pairHash(first: number, second: number): number {
    return Math.imul((first << 16) | second, 0x9e3779b1) >>> this.pairShift;
  }

  /** False only when `literal` certainly does not occur in the text. */
  mayContain(literal: string): boolean {
    if (literal.length === 1) {
      const c = literal.charCodeAt(0);
      return (this.chars[c >>> 5]! & (1 << (c & 31))) !== 0;
    }
    for (let k = 1; k < literal.length; k++) {
      const h = this.pairHash(literal.charCodeAt(k - 1), literal.charCodeAt(k));
      if ((this.pairs[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }

  mayMatch(literals: Literals): boolean {
    if (!literals) return true;
    for (const l of literals) if (this.mayContain(l)) return true;
    return false;
  }
}
