/**
 * THE posting-window rule for samples, in one named place.
 *
 * [G] No Japanese figure is public. These are the official rules of other markets (TikTok Shop US and VN Seller
 * University, seller-us.tiktok.com/university/essay?knowledge_id=6401096262616878 and the VN equivalent): the seller
 * approves a sample request within 7 days; the creator posts within 14 days of receiving the sample, or 90 days for a
 * refundable sample; one reminder is allowed after day 5. The seller can change every figure in Settings
 * (setting `samplePostingRule`); code reads the seller's rule, never these constants directly.
 */
import * as z from 'zod/mini';

const days = z.number().check(z.int(), z.minimum(1), z.maximum(365));

export const samplePostingRuleSchema = z.object({
  /** days the seller has to approve a request */
  approveWithinDays: days,
  /** days after receipt (or shipping, when receipt is not known) within which the creator should post */
  postWithinDays: days,
  /** the same for refundable samples */
  refundablePostWithinDays: days,
  /** day after receipt from which one reminder may be sent */
  reminderAfterDays: days,
});
export type SamplePostingRule = z.infer<typeof samplePostingRuleSchema>;

/** [G] other markets' official rule; see the comment at the top of this file. */
export const DEFAULT_SAMPLE_POSTING_RULE: Readonly<SamplePostingRule> = Object.freeze({
  approveWithinDays: 7,
  postWithinDays: 14,
  refundablePostWithinDays: 90,
  reminderAfterDays: 5,
});
