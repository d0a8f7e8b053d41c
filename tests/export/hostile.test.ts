import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyImportFile, buildExportEnvelope, buildExportJson } from '../../lib/export';
import { applyImport, dumpAll, StoreError, type MitateDb } from '../../lib/store';
import { countNotes, freshDb } from '../store/helpers';
import { populate, T0 } from './fixture';

async function populatedDb(): Promise<MitateDb> {
  const { db } = await freshDb();
  await populate(db);
  return db;
}

/** Applies an import that must fail; returns the error after checking the database did not change at all. */
async function expectRefusedUnchanged(db: MitateDb, format: 'json' | 'csv', text: string): Promise<StoreError> {
  const before = await dumpAll(db);
  let caught: unknown = null;
  try {
    await applyImportFile(db, { format, text }, T0 + 1);
  } catch (error) {
    caught = error;
  }
  expect(await dumpAll(db)).toEqual(before);
  expect(caught).toBeInstanceOf(StoreError);
  return caught as StoreError;
}

describe('malformed imports leave the database unchanged', () => {
  it('names the store, record index and field at fault', async () => {
    const db = await populatedDb();
    const dump = await dumpAll(db);
    const env = buildExportEnvelope(dump, T0) as unknown as { data: { notes: Array<Record<string, unknown>> } };
    env.data.notes[1]!.rating = 7;
    const error = await expectRefusedUnchanged(db, 'json', JSON.stringify(env));
    expect(error.code).toBe('invalid');
    expect(error.detail).toEqual({ store: 'notes', index: 1, field: 'rating' });
    expect(error.message).toContain('notes[1].rating');
  });

  it('refuses other files, other versions and broken JSON', async () => {
    const db = await populatedDb();
    expect((await expectRefusedUnchanged(db, 'json', '{"schema":"something-else"}')).code).toBe('invalid');
    expect((await expectRefusedUnchanged(db, 'json', '{"schema":"mitate-export","version":99,"data":{}}')).code).toBe('version');
    expect((await expectRefusedUnchanged(db, 'json', '{"schema":"mitate-expo')).message).toMatch(/Not JSON/);
    expect((await expectRefusedUnchanged(db, 'csv', '"a","b"\r\n"1","2"')).detail).toMatchObject({ field: 'creatorId' });
    const badRating = (await expectRefusedUnchanged(db, 'csv', '"Creator ID","Rating (1-5)"\r\n"c1","4"\r\n"c2","nine"'));
    expect(badRating.detail).toEqual({ store: 'csv', index: 3, field: 'rating' });
    expect((await expectRefusedUnchanged(db, 'csv', '"Creator ID","Status"\r\n"c1","hacked"')).detail).toMatchObject({ field: 'status' });
  });

  it('fuzzed JSON never writes', async () => {
    const db = await populatedDb();
    const before = await dumpAll(db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ schema: 'mitate-export', version: 2, exportedAt: 1, data: v }))), async (text) => {
        await applyImportFile(db, { format: 'json', text }, T0).catch(() => undefined);
        expect(await dumpAll(db)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('mutations of a valid export either apply cleanly or change nothing', async () => {
    const db = await populatedDb();
    const dump = await dumpAll(db);
    const valid = JSON.parse(buildExportJson(dump, T0)) as Record<string, unknown>;
    const stores = Object.keys(dump) as Array<keyof typeof dump>;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...stores.filter((s) => dump[s].length > 0)),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant('=CMD()'), fc.constant(-1), fc.constant(1e308)),
        async (store, recordPick, fieldPick, value) => {
          const env = structuredClone(valid) as { data: Record<string, Array<Record<string, unknown>>> };
          const records = env.data[store]!;
          const record = records[recordPick % records.length]!;
          const keys = Object.keys(record);
          // half the time an existing field, otherwise an arbitrary new key
          const field = fieldPick.charCodeAt(0) % 2 === 0 ? keys[fieldPick.length % keys.length]! : fieldPick;
          if (value === undefined) delete record[field];
          else record[field] = value;
          const before = await dumpAll(db);
          try {
            await applyImportFile(db, { format: 'json', text: JSON.stringify(env) }, T0);
          } catch (error) {
            refused += 1;
            expect(error).toBeInstanceOf(StoreError);
            expect(await dumpAll(db)).toEqual(before);
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(refused).toBeGreaterThan(20);
  });

  it('a failure half-way through the write transaction rolls everything back', async () => {
    const db = await populatedDb();
    const dump = await dumpAll(db);
    const target = (await freshDb()).db;
    let puts = 0;
    // store wrapper: the 5th put fails as if the disk were full
    const flaky = new Proxy(target, {
      get(t, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(t, prop, receiver);
        return (...args: unknown[]) => {
          const tx = (t.transaction as (...a: unknown[]) => ReturnType<MitateDb['transaction']>)(...args);
          return new Proxy(tx, {
            get(x, p, r) {
              if (p !== 'objectStore') {
                const v = Reflect.get(x, p, r);
                return typeof v === 'function' ? v.bind(x) : v;
              }
              return (name: string) =>
                new Proxy(x.objectStore(name as never), {
                  get(s, q, rr) {
                    if (q === 'put') {
                      return (value: unknown) => {
                        puts += 1;
                        if (puts === 5) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
                        return (s as unknown as { put(v: unknown): Promise<unknown> }).put(value);
                      };
                    }
                    const v = Reflect.get(s, q, rr);
                    return typeof v === 'function' ? v.bind(s) : v;
                  },
                });
            },
          });
        };
      },
    }) as MitateDb;
    await expect(applyImport(flaky, { records: dump }, { dryRun: false, now: T0 })).rejects.toMatchObject({ code: 'quota' });
    // puts are issued together, so a few more may be queued before the failure aborts the transaction
    expect(puts).toBeGreaterThanOrEqual(5);
    for (const name of Object.keys(dump) as Array<keyof typeof dump>) expect(name === 'notes' ? await countNotes(target) : await target.count(name), name).toBe(0);
  });
});
