import { describe, expect, it } from 'vitest';
import { readNoteChange } from '../../lib/page-view/note-change';
import { createClient, createHandler, type NoteChange } from '../../lib/protocol';
import { freshDb, makeCreator, pageData } from '../store/helpers';

describe('note change announcements', () => {
  it('the handler announces each note save and timeline entry with its revision and editor', async () => {
    const { db } = await freshDb();
    const changes: NoteChange[] = [];
    const handle = createHandler({ openDb: async () => db, now: () => 1_000, onNoteChanged: (change) => changes.push(change) });
    const client = createClient(async (message) => handle(message));
    await client.ingestPageData({ data: pageData({ creators: [makeCreator('c1')] }) });
    await client.saveNote({ creatorId: 'c1', baseRevision: 0, patch: { text: 'メモ' }, editor: 'panel-a' });
    await client.addTimelineEvent({
      creatorId: 'c1', editor: 'panel-b',
      event: { status: 'invited', at: 1_000, costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' },
    });
    expect(changes).toEqual([
      { creatorId: 'c1', revision: 1, editor: 'panel-a' },
      { creatorId: 'c1', revision: 2, editor: 'panel-b' },
    ]);
    // a refused save announces nothing
    await client.saveNote({ creatorId: 'c1', baseRevision: 0, patch: { rating: 9 } as never, editor: 'panel-a' });
    expect(changes).toHaveLength(2);
  });

  it('reads back only a well-formed announcement', () => {
    expect(readNoteChange({ creatorId: 'c1', revision: 3, editor: 'panel-a', at: 5 })).toEqual({ creatorId: 'c1', revision: 3, editor: 'panel-a' });
    for (const bad of [null, undefined, 'c1', { creatorId: 'c1', revision: '3', editor: 'a' }, { creatorId: 1, revision: 3, editor: 'a' }, { creatorId: 'c1', revision: 1.5, editor: 'a' }, { creatorId: 'c1', revision: 3 }]) {
      expect(readNoteChange(bad)).toBeNull();
    }
  });
});
