import type { MessageTable } from '../index';

/** UI strings of the scoring feature. */
export const scoring = {} satisfies MessageTable;
