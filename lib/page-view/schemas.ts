/**
 * What the background sends to a Seller Center page: display-only views, already localised, holding only text
 * derived from what the page itself showed (scores, warnings, benchmark bands) and at most a one-word status marker.
 * No notes, costs or other private data ever go to the page; the one figure derived from the seller's own data is the
 * break-even commission rate beside a commission input on collaboration create (issue 17 asks for it there): a rate,
 * never the cost of goods it comes from.
 */
import * as z from 'zod/mini';
import { affiliateOrderSchema } from '../model';

const text = z.string().check(z.maxLength(600));

export const VERDICTS = ['healthy', 'suspicious', 'likely_fake', 'insufficient_data'] as const;

export const badgeViewSchema = z.object({
  creatorId: z.string(),
  verdict: z.enum(VERDICTS),
  /** "≈" marked: scored from list figures only (quick check) */
  approx: z.boolean(),
  scoreText: text,
  verdictText: text,
  tierText: text,
  ariaLabel: text,
  /** which check this is and why, e.g. "Quick check (list figures)" */
  checkText: text,
  factors: z.array(text).check(z.maxLength(5)),
  warnings: z.array(z.object({ severity: z.enum(['info', 'warning', 'danger']), text })).check(z.maxLength(12)),
  footnotes: z.array(text).check(z.maxLength(4)),
  /** the seller's own status for this creator, one word (e.g. 已邀请), or null */
  marker: z.nullable(text),
  labels: z.object({ factors: text, warnings: text, noWarnings: text, close: text, openPanel: text, openFailed: text }),
});
export type BadgeView = z.infer<typeof badgeViewSchema>;

export const chipViewSchema = z.object({
  position: z.enum(['below', 'within', 'above']),
  rateText: text,
  shortText: text,
  detail: text,
  ariaLabel: text,
});
export type ChipView = z.infer<typeof chipViewSchema>;

/** The break-even chip beside a product's commission input on collaboration create (lib/page-view/break-even.ts). */
export const BREAK_EVEN_STATES = ['ok', 'loss', 'noCost', 'noPrice'] as const;
export const breakEvenViewSchema = z.object({
  /** ok: a break-even rate; loss: loses money even at 0 %; noCost: no cost of goods saved; noPrice: no usable price */
  state: z.enum(BREAK_EVEN_STATES),
  /** "Break-even 31.2%", "No cost saved"… */
  text,
  /** the category's competitive band, as the commission chip places rates, e.g. "Band 8%–15%" */
  bandText: text,
  /** the rate typed in the input is above break-even */
  above: z.boolean(),
  /** where it comes from (or where to save a cost), for the chip's title */
  detail: text,
  ariaLabel: text,
});
export type BreakEvenView = z.infer<typeof breakEvenViewSchema>;

export const PAGE_KINDS_FOR_VIEW = z.string().check(z.maxLength(40));

export const tabViewSchema = z.object({
  tabId: z.number(),
  url: z.nullable(z.string()),
  kind: PAGE_KINDS_FOR_VIEW,
  /** creators read on this tab, newest first (bounded) */
  creatorIds: z.array(z.string()),
  selectedCreatorId: z.nullable(z.string()),
  /** order lines read on this tab (bounded) */
  orders: z.array(affiliateOrderSchema),
  /** answers Mitate could not read on this tab (redacted diagnostics) */
  unread: z.array(z.object({ endpoint: z.string(), diagnostic: z.string(), at: z.number() })),
  /** bounds hit and other notices for the seller */
  notices: z.array(z.string()),
  updatedAt: z.number(),
});
export type TabView = z.infer<typeof tabViewSchema>;

/**
 * The background's announcement of a saved note in storage.session (storage-keys NOTE_CHANGED_KEY): which note, at
 * which revision, by which editor (a panel's own saves need no reload). Read back through this schema.
 */
export const noteChangeSchema = z.object({ creatorId: z.string(), revision: z.number().check(z.int()), editor: z.string() });
export type NoteChange = z.infer<typeof noteChangeSchema>;
