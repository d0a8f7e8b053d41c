import type { MessageTable } from '../index';

/** UI strings of the compliance feature. */
export const compliance = {} satisfies MessageTable;
