/**
 * Reading and writing many records inside one transaction without a round trip per record: in Chromium every awaited
 * IndexedDB request is a trip to the browser process, so requests are issued together and awaited once.
 */
/** Below this many keys, parallel gets are cheaper than listing the store's keys. */
const PARALLEL_GET_LIMIT = 1_000;

/** A key as a Map key: strings, numbers and arrays (orders) kept apart. */
export function keyId(key: IDBValidKey): string {
  return JSON.stringify(key);
}

interface ReadableStore<V> {
  get(key: never): Promise<V | undefined>;
  getAll(): Promise<V[]>;
  getAllKeys(): Promise<IDBValidKey[]>;
}

/**
 * The stored records with these keys, by keyId. Few keys: parallel gets. Many: the store's key list first (cheap),
 * then either one getAll when most of the store is wanted, or parallel gets of only the keys that exist.
 */
export async function readMany<V>(store: ReadableStore<V>, keys: readonly IDBValidKey[], keyOf: (value: V) => IDBValidKey): Promise<Map<string, V>> {
  return readManyKeyed(store, keys, keyOf, keyId);
}

/** readMany for a store with string keys, by the key itself (no keyId per key: 100,000 of them cost a tenth of a second). */
export async function readManyById<V>(store: ReadableStore<V>, ids: readonly string[], idOf: (value: V) => string): Promise<Map<string, V>> {
  return readManyKeyed(store, ids, idOf, (key) => key as string);
}

async function readManyKeyed<V>(
  store: ReadableStore<V>,
  keys: readonly IDBValidKey[],
  keyOf: (value: V) => IDBValidKey,
  mapKey: (key: IDBValidKey) => string,
): Promise<Map<string, V>> {
  const found = new Map<string, V>();
  const wanted = new Set(keys.map(mapKey));
  let present: readonly IDBValidKey[] = keys;
  if (wanted.size >= PARALLEL_GET_LIMIT) {
    const stored = await store.getAllKeys();
    present = stored.filter((key) => wanted.has(mapKey(key)));
    if (present.length === 0) return found;
    if (present.length * 4 >= stored.length) {
      for (const value of await store.getAll()) {
        const id = mapKey(keyOf(value));
        if (wanted.has(id)) found.set(id, value);
      }
      return found;
    }
  }
  const values = await Promise.all(present.map((key) => store.get(key as never)));
  values.forEach((value) => {
    if (value !== undefined) found.set(mapKey(keyOf(value)), value);
  });
  return found;
}

interface WritableStore {
  put(value: never): Promise<unknown>;
}

/**
 * Issues every put at once and awaits them together (one wait, not one per record). The first failure rejects with
 * its own error (e.g. QuotaExceededError) and the transaction aborts, so nothing is written.
 */
export async function putAll(store: WritableStore, values: Iterable<unknown>): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  for (const value of values) pending.push(store.put(value as never));
  await Promise.all(pending);
}
