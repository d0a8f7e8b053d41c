/** Larger inputs for `npm run bench`, built from the sample fixtures (ids and handles made unique). */
import { EXPORT_SCHEMA } from '../../lib/export';
import { CURRENT_VERSION, DEFAULT_NOTE_STATUS, type Note } from '../../lib/store';
import { emptyCreator } from '../../lib/model';

import { sampleFindPage } from './demo-data';

/** A find response with `n` creators, cloned from the sample page with unique ids and handles. */
export function benchFindResponse(n: number) {
  const page = sampleFindPage();
  const base = page.creator_profile_list;
  const list = Array.from({ length: n }, (_, i) => {
    const clone = structuredClone(base[i % base.length]!);
    clone.creator_oecuid = { ...clone.creator_oecuid, value: String(7_500_000_000_000_000_000n + BigInt(i)) };
    clone.handle = { ...clone.handle, value: `${String(clone.handle?.value ?? 'creator')}_${i}` };
    return clone;
  });
  return { ...page, creator_profile_list: list, next_pagination: { has_more: false, next_page: 1 } };
}

/** A Mitate JSON export with `n` creators' notes (what a seller with a large CRM would import). */
export function benchNotesExport(n: number): string {
  const now = Date.UTC(2026, 10, 24);
  const notes: Note[] = Array.from({ length: n }, (_, i) => ({
    creatorId: String(7_600_000_000_000_000_000n + BigInt(i)),
    text: `サンプル送付済み。LINE で条件確認 #${i} / 已寄样，佣金 15%`,
    status: DEFAULT_NOTE_STATUS,
    tags: i % 3 ? ['beauty'] : ['beauty', 'long-term'],
    rating: (i % 5) + 1,
    nextActionAt: now + (i % 30) * 86_400_000,
    sampleCostJpy: i % 4 ? null : 1200,
    sampleTrackingNo: null,
    revision: 1,
    fieldRevisions: {},
    updatedAt: now,
    updatedBy: 'bench',
    timeline: [],
  }));
  return JSON.stringify({ schema: EXPORT_SCHEMA, version: CURRENT_VERSION, exportedAt: now, data: { notes } });
}

/** A Mitate JSON export with `n` stored creators (no notes): the dashboard's list and search are measured on it. */
export function benchCreatorsExport(n: number): string {
  const now = Date.UTC(2026, 10, 24);
  const creators = Array.from({ length: n }, (_, i) => {
    const id = String(7_700_000_000_000_000_000n + BigInt(i));
    const handle = `creator_${i.toString(36)}_${(i * 7919) % 100_000}`;
    return {
      ...emptyCreator(id), handle, nickname: `クリエイター${i} 美容`, region: 'JP', followers: 1_000 + ((i * 37) % 500_000),
      categories: ['beauty'], firstSeenAt: now - i * 1000, updatedAt: now - i * 1000, status: DEFAULT_NOTE_STATUS,
      score: (i * 13) % 100, handleKey: handle, scoreKey: (i * 13) % 100,
    };
  });
  return JSON.stringify({ schema: EXPORT_SCHEMA, version: CURRENT_VERSION, exportedAt: now, data: { creators } });
}
