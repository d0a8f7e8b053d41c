/** Mitate's IndexedDB store. Every function takes an IDBFactory or an opened db; nothing here touches globals. */
export { openMitateDb, closeMitateDb, DEFAULT_BLOCKED_TIMEOUT_MS, STORE_NAMES, RECORD_STORE_NAMES, type MitateDb, type RecordStoreName, type MitateSchema, type OpenOptions, type StoreName } from './db';
export { StoreError, toStoreError, guard, STORE_ERROR_CODES, type StoreErrorCode, type StoreErrorDetail } from './errors';
export { CURRENT_VERSION, IMPORTABLE_EXPORT_VERSIONS, handleKeyOf, MIGRATIONS, migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6, migrateTo7, migrateTo8, runMigrations, splitV1StatusTag, timelineFromV2, type NoteV1 } from './migrations';
export * from './records';
export {
  saveNote, getNote, getNotes, mergeNote, emptyNote, addEventToNote, addTimelineEvent, keepBothTexts, MERGE_SEPARATOR,
  type SaveNoteInput, type SaveNoteResult, type TimelineEventInput,
} from './notes';
export { rebaseText } from './rebase-text';
export { ingestPageData, metricsOf, defaultBudgetOf, SNAPSHOT_MIN_INTERVAL_MS, type IngestResult, type IngestBudget, type IngestOptions } from './ingest';
export * from './bounds';
export {
  queryCreators,
  creatorQuerySchema,
  CREATOR_SORT_FIELDS,
  MAX_PAGE_SIZE,
  CURSOR_SKIP_LIMIT,
  VERDICT_FILTERS,
  type VerdictFilter,
  type CreatorQuery,
  type CreatorQueryResult,
  type CreatorRow,
  type CreatorSortField,
} from './query';
export {
  getCreatorBundle,
  setCreatorScore,
  rescoreCreators,
  type CreatorScoreResult,
  getCreators,
  getCreatorsByHandles,
  listOrders,
  listCosts,
  addCost,
  deleteCost,
  listObservations,
  saveCollaboration,
  getSettings,
  setSettings,
  listProductCosts,
  setProductCost,
  listSamples,
  saveSamples,
  getFollowUpData,
  listPerformance,
  listProducts,
  type FollowUpData,
  type SampleSaveOrigin,
  type CreatorBundle,
  type OrderQuery,
} from './access';
export {
  dumpAll,
  applyImport,
  parseStoreData,
  canonicalJson,
  issueToError,
  storeDataSchema,
  noteImportSchema,
  MAX_SAMPLE_CHANGES,
  type StoreData,
  type NoteImport,
  type ImportPayload,
  type ImportSummary,
  type ImportChange,
  type StoreCounts,
} from './transfer';
export {
  createRetryQueue, DEFAULT_RETRY_DELAY, DEFAULT_MAX_RETRY_ENTRIES, DEFAULT_MAX_RETRY_BYTES,
  type RetryQueue, type RetryQueueOptions, type RetryStorage, type RetryStatus, type RetryEntry,
} from './retry-queue';
export {
  storageSpace, pruneOlderThan, deleteCreator, SPACE_STORES, PRUNABLE_STORES, SIZE_SAMPLE,
  type StoreSpace, type SpaceStore, type PrunableStore, type PruneResult, type DeleteCreatorResult,
} from './space';
export { learnFromStore, LEARN_BATCH } from './learned';
export { recordUnreadableFormat, listPageFormats, clearPageFormats } from './page-formats';
export { searchCreatorIds, refreshSearchRows, searchRowOf, matchesSearch, searchText, type SearchRow } from './search';
