/** Every on-page feature, in the order they run. README's feature table lists each with its files. */
import { breakEvenChips } from './break-even-chips';
import { commissionChips } from './commission-chips';
import { creatorBadges } from './creator-badges';

export const PAGE_FEATURES = [creatorBadges, commissionChips, breakEvenChips];
