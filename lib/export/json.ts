/** The lossless JSON export: `{ schema: 'mitate-export', version, exportedAt, data }`, no BOM, no apostrophes. */
import * as z from 'zod/mini';
import { CURRENT_VERSION, IMPORTABLE_EXPORT_VERSIONS, issueToError, parseStoreData, StoreError, type StoreData } from '../store';

export const EXPORT_SCHEMA = 'mitate-export';

export interface ExportEnvelope {
  schema: typeof EXPORT_SCHEMA;
  version: number;
  exportedAt: number;
  data: StoreData;
}

/** The envelope around the data; the data itself is validated by parseStoreData (once, for the whole import). */
const envelopeSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA),
  version: z.number().check(z.int()),
  exportedAt: z.number(),
  data: z.unknown(),
});

export function buildExportEnvelope(data: StoreData, now: number): ExportEnvelope {
  return { schema: EXPORT_SCHEMA, version: CURRENT_VERSION, exportedAt: now, data };
}

export function buildExportJson(data: StoreData, now: number): string {
  return JSON.stringify(buildExportEnvelope(data, now), null, 2);
}

/** Parses and validates an export; errors name the store, record index and field (e.g. notes[3].rating). */
export function parseExportJson(text: string): ExportEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new StoreError('invalid', `Not JSON: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { schema?: unknown }).schema !== EXPORT_SCHEMA) {
    throw new StoreError('invalid', 'Not a Mitate export (schema must be "mitate-export")', { field: 'schema' });
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !IMPORTABLE_EXPORT_VERSIONS.includes(version)) {
    throw new StoreError('version', `Export version ${String(version)} is not supported (expected ${CURRENT_VERSION})`, { field: 'version' });
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) throw issueToError(parsed.error.issues[0]);
  return { ...parsed.data, schema: EXPORT_SCHEMA, data: parseStoreData(parsed.data.data) };
}
