/**
 * What the background sends to a Seller Center page: display-only views, already localised, holding only text
 * derived from what the page itself showed (scores, warnings, benchmark bands) and at most a one-word status marker.
 * No notes, costs or other private data ever go to the page.
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
