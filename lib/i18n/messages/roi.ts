import type { MessageTable } from '../index';

/** UI strings of the roi feature. */
export const roi = {} satisfies MessageTable;
