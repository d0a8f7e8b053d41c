/**
 * The "Page formats" store: answers Mitate could not read, as redacted shapes (no values), one record per endpoint
 * and shape, bounded to MAX_PAGE_FORMATS. Diagnostics, not seller data: not part of export/import (STORE_NAMES).
 */
import {
  addOccurrence, formatId, MAX_PAGE_FORMATS, pageFormatSchema, type PageFormat, type UnreadableReport,
} from '../seller-center/format-report';
import { StoreError } from './errors';
import type { MitateDb } from './db';


/**
 * Records one unreadable answer (the `format` of a failed normaliseResponse): counts it up if this endpoint and
 * shape were seen before, else adds it, then drops the least recently seen beyond the bound. One transaction.
 */
export async function recordUnreadableFormat(db: MitateDb, report: UnreadableReport, now: number = Date.now()): Promise<PageFormat> {
  const tx = db.transaction('pageFormats', 'readwrite');
  const store = tx.objectStore('pageFormats');
  const existing = await store.get(formatId(report));
  const next = addOccurrence(existing, report, now);
  const checked = pageFormatSchema.safeParse(next);
  if (!checked.success) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new StoreError('invalid', `page format not recorded: ${checked.error.issues[0]?.message ?? 'invalid'}`, { store: 'pageFormats' });
  }
  await store.put(checked.data);
  let extra = (await store.count()) - MAX_PAGE_FORMATS;
  if (extra > 0) {
    let cursor = await store.index('lastSeen').openCursor();
    while (cursor && extra > 0) {
      if (cursor.primaryKey !== checked.data.id) {
        await cursor.delete();
        extra -= 1;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return checked.data;
}

/** Every kept format, most recently seen first; records that no longer validate are skipped. */
export async function listPageFormats(db: MitateDb): Promise<PageFormat[]> {
  const all = await db.getAll('pageFormats');
  return all.flatMap((record) => {
    const parsed = pageFormatSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => b.lastSeen - a.lastSeen);
}

export async function clearPageFormats(db: MitateDb): Promise<void> {
  await db.clear('pageFormats');
}
