/** Wording helpers now live in lib/scoring/labels.ts (the background builds badge views with them too). */
export * from '../../lib/scoring/labels';
