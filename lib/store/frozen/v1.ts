/**
 * Records as schema version 1 stored them. FROZEN: never edit this file. A later version changes the live records
 * (lib/store/records.ts) and adds a new frozen file; migrations read and write only these frozen shapes, so changing
 * a live field can never rewrite what an old migration does (the AugmentedSteam pattern, issue 19).
 */

/** v1 note: the seller typed the status into the text as a leading tag, e.g. "[invited] sent DM". */
export interface NoteV1 {
  creatorId: string;
  text: string;
  updatedAt: number;
}

/** v1 creator: the normalised creator of the time plus updatedAt. Migrations only read the fields named here. */
export interface CreatorV1 {
  id: string;
  handle: string | null;
  updatedAt: number;
  [field: string]: unknown;
}

export interface SettingRecordV1 {
  key: string;
  value: unknown;
}

/** Status tags a v1 note could start with (the v1/v2 pipeline). */
export const NOTE_STATUSES_V1 = [
  'candidate', 'invited', 'replied', 'agreement_confirmed', 'sample_sent', 'content_posted', 'long_term_partner', 'declined',
] as const;
export type NoteStatusV1 = (typeof NOTE_STATUSES_V1)[number];
