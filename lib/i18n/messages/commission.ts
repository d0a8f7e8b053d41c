import type { MessageTable } from '../index';

/** UI strings of the commission feature. */
export const commission = {} satisfies MessageTable;
