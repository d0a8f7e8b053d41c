/** Every store failure surfaces as a StoreError with a small, stable code; nothing is swallowed. */
export const STORE_ERROR_CODES = ['quota', 'blocked', 'version', 'not_found', 'conflict', 'invalid', 'unknown'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** Where an invalid import/message went wrong: store name, record index in that store's list, field path. */
export interface StoreErrorDetail {
  store?: string;
  index?: number;
  field?: string;
  /** why a CSV row was refused (e.g. 'id_rounded'), with the row's creator name and the cell as read, for the seller */
  reason?: string;
  name?: string;
  value?: string;
}

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly detail?: StoreErrorDetail;
  constructor(code: StoreErrorCode, message: string, detail?: StoreErrorDetail) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.detail = detail;
  }
  toJSON(): { code: StoreErrorCode; message: string; detail?: StoreErrorDetail } {
    return this.detail ? { code: this.code, message: this.message, detail: this.detail } : { code: this.code, message: this.message };
  }
}

function nameOf(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof (error as { name: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return '';
}

/** Maps DOMExceptions (and anything else) to StoreError; StoreErrors pass through unchanged. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = nameOf(error);
  const message = error instanceof Error || (error && typeof error === 'object' && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', `Storage is full: ${message}`);
    case 'VersionError':
      return new StoreError('version', `Database is newer than this version of Mitate: ${message}`);
    case 'NotFoundError':
      return new StoreError('not_found', message);
    case 'DataError':
    case 'ConstraintError':
    case 'DataCloneError':
      return new StoreError('invalid', message);
    default:
      return new StoreError('unknown', message || name || 'Unknown storage error');
  }
}

/** Runs `work` and rethrows any failure as a StoreError. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Aborts `tx` when `work` fails, so a half-done transaction never commits; the failure is rethrown. */
export async function abortOnError<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  // an aborted transaction rejects `done`; the work's own error is the one we report
  tx.done.catch(() => undefined);
  try {
    return await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failing request
    }
    throw error;
  }
}
