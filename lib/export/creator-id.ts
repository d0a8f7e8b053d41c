/**
 * Reading a creator ID back from a CSV that may have been through a spreadsheet.
 *
 * TikTok creator IDs are 19-digit numbers. A spreadsheet that takes one for a number keeps 15 significant digits
 * (IEEE double, and Excel's documented 15-digit precision: "Excel specifications and limits", Microsoft Support) and
 * shows or saves it as 7.49465012345679E+18, or as 7494650123456790000 once the cell is formatted as a number.
 * Such an ID cannot be trusted: it is matched to a saved creator by handle, or the row is refused.
 */

/** Invisible characters a spreadsheet or the ID prefix may leave around an ID (tab, zero-width, bidi marks, BOM). */
const INVISIBLE = /[\s\u200B-\u200F\u2060\u061C\uFEFF]/g;
/** Significant digits a double (and Excel) keeps. */
export const SPREADSHEET_DIGITS = 15;

export type CreatorIdReading =
  /** nothing in the cell */
  | { kind: 'empty'; text: '' }
  /** all digits, not rounded as far as can be told */
  | { kind: 'digits'; text: string }
  /**
   * a number a spreadsheet rounded: scientific notation, or more than 15 digits of which only 15 or fewer are not
   * trailing zeros (a real 19-digit ID looks like that once in 10,000; it is still accepted when it is saved).
   * `significant` holds the digits that are still right, `digits` the ID's length.
   */
  | { kind: 'rounded'; text: string; significant: string; digits: number }
  /** anything else (older test IDs, a junk row): only accepted when a creator or note with exactly this ID is saved */
  | { kind: 'other'; text: string };

export function readCreatorId(cell: string): CreatorIdReading {
  let text = cell.replace(INVISIBLE, '');
  // ="123…" (a formula some tools write to keep digits) and a typed leading apostrophe
  const formula = /^="(.*)"$/.exec(text);
  if (formula) text = formula[1]!;
  if (text.startsWith("'")) text = text.slice(1);
  if (text === '') return { kind: 'empty', text: '' };
  const scientific = /^(\d)(?:[.,](\d+))?E\+?(\d{1,3})$/i.exec(text);
  if (scientific) {
    const [, lead, fraction = '', exponent] = scientific;
    // the mantissa's digits as shown, zeros included: "1.00000000000000E+18" kept 15 digits
    const significant = lead! + fraction;
    return { kind: 'rounded', text, significant, digits: Number(exponent) + 1 };
  }
  const grouped = /^\d{1,3}(?:,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text;
  if (/^\d+$/.test(grouped)) {
    if (grouped.length > SPREADSHEET_DIGITS && grouped.replace(/0+$/, '').length <= SPREADSHEET_DIGITS) {
      return { kind: 'rounded', text: grouped, significant: grouped.slice(0, SPREADSHEET_DIGITS), digits: grouped.length };
    }
    return { kind: 'digits', text: grouped };
  }
  return { kind: 'other', text };
}

/**
 * Could `id` be the number a spreadsheet rounded to `reading`? Same length, and equal once rounded to the digits the
 * reading kept: either from the decimal digits (half up) or, as spreadsheets do, from the nearest double.
 */
export function matchesRoundedId(id: string, reading: Extract<CreatorIdReading, { kind: 'rounded' }>): boolean {
  if (!/^\d+$/.test(id)) return false;
  const kept = reading.significant.length;
  const head = BigInt(id.slice(0, kept));
  const decimal = (Number(id.charAt(kept) || '0') >= 5 ? head + 1n : head).toString();
  // 9999…9 rounds up to 1000…0, one digit longer
  const decimalForm = decimal.length > kept ? { digits: decimal.slice(0, kept), length: id.length + 1 } : { digits: decimal, length: id.length };
  const [mantissa = '', exponent = '0'] = Number(id).toExponential(kept - 1).split('e');
  const doubleForm = { digits: mantissa.replace('.', ''), length: Number(exponent) + 1 };
  return [decimalForm, doubleForm].some((form) => form.length === reading.digits && form.digits === reading.significant);
}
