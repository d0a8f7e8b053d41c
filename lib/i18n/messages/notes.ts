import type { MessageTable } from '../index';

/** UI strings of the notes feature. */
export const notes = {} satisfies MessageTable;
