import type { MessageTable } from '../index';

/** UI strings of the sellerCenter feature. */
export const sellerCenter = {} satisfies MessageTable;
