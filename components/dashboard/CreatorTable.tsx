/**
 * Creators dashboard table: search, status/tag/verdict filters, the list of flagged creators (suspicious or likely
 * fake), sortable columns (aria-sort), paging, and rows that open the creator (onOpenCreator, wired by the caller to
 * the side panel). Data comes from the `query` prop (e.g. client.queryCreators); ROI is computed elsewhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatDate, localeOf } from '../../lib/format';
import { NOTE_STATUSES, STORED_VERDICTS, type CreatorRow, type CreatorSortField, type NoteStatus, type VerdictFilter } from '../../lib/store';
import { VERDICT_KEY } from '../scoring/labels';
import './dashboard.css';

export interface CreatorTableRow extends CreatorRow {
  /** ROI as a ratio (GMV ÷ cost), from lib/roi; undefined/null = unknown */
  roi?: number | null;
}
export interface CreatorTableQuery {
  search: string;
  status: NoteStatus | null;
  tag: string | null;
  /** one verdict, or 'flagged' = suspicious or likely fake */
  verdict: VerdictFilter | null;
  sortBy: CreatorSortField;
  sortDir: 'asc' | 'desc';
  offset: number;
  limit: number;
}
export interface CreatorTableProps {
  lang: Lang;
  /** resolves one page; rejects (or throws) with an Error whose message is shown */
  query: (params: CreatorTableQuery) => Promise<{ rows: CreatorTableRow[]; total: number }>;
  pageSize?: number;
  /** row activation (click / Enter / Space): open this creator (the side panel; for now e.g. an options route) */
  onOpenCreator?: (creatorId: string) => void;
  /** @deprecated older name of onOpenCreator, still honoured */
  onOpen?: (creatorId: string) => void;
  /** change to reload (e.g. after an import) */
  reloadKey?: number;
}

/** Typing pause before a search or tag filter is sent. */
export const FILTER_DEBOUNCE_MS = 300;
export const DEFAULT_PAGE_SIZE = 50;
/** Characters of note text shown in the table. */
export const NOTE_EXCERPT_LENGTH = 60;

type Column = { key: string; label: string; sort?: CreatorSortField; numeric?: boolean };

export function noteExcerpt(text: string | undefined | null): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_EXCERPT_LENGTH ? `${flat.slice(0, NOTE_EXCERPT_LENGTH)}…` : flat;
}

function formatRoi(lang: Lang, roi: number | null | undefined): string {
  if (roi == null || !Number.isFinite(roi)) return '—';
  return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(roi)}×`;
}

type LoadState =
  | { kind: 'loading'; previous: { rows: CreatorTableRow[]; total: number } | null }
  | { kind: 'ready'; rows: CreatorTableRow[]; total: number }
  | { kind: 'error'; message: string };

export function CreatorTable({ lang, query, pageSize = DEFAULT_PAGE_SIZE, onOpenCreator, onOpen: legacyOnOpen, reloadKey = 0 }: CreatorTableProps) {
  const onOpen = onOpenCreator ?? legacyOnOpen;
  const [searchText, setSearchText] = useState('');
  const [tagText, setTagText] = useState('');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState<NoteStatus | null>(null);
  const [verdict, setVerdict] = useState<VerdictFilter | null>(null);
  /** how many creators are flagged (suspicious or likely fake), for the shortcut button; null until known */
  const [flaggedCount, setFlaggedCount] = useState<number | null>(null);
  const [sortBy, setSortBy] = useState<CreatorSortField>('updatedAt');
  const [sortDir, setSortDir] = useState<'asc' | 'desc'>('desc');
  const [offset, setOffset] = useState(0);
  const [retries, setRetries] = useState(0);
  const [load, setLoad] = useState<LoadState>({ kind: 'loading', previous: null });
  const requestId = useRef(0);

  useEffect(() => {
    // Only a changed filter resets the page: on mount (or after clearing) the typed text already matches.
    if (searchText.trim() === search && tagText.trim() === tag) return;
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setTag(tagText.trim());
      setOffset(0);
    }, FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, tagText, search, tag]);

  useEffect(() => {
    const id = ++requestId.current;
    setLoad((current) => ({ kind: 'loading', previous: current.kind === 'ready' ? current : current.kind === 'loading' ? current.previous : null }));
    Promise.resolve()
      .then(() => query({ search, status, tag: tag || null, verdict, sortBy, sortDir, offset, limit: pageSize }))
      .then(
        (page) => {
          if (id === requestId.current) setLoad({ kind: 'ready', rows: page.rows, total: page.total });
        },
        (error: unknown) => {
          if (id === requestId.current) setLoad({ kind: 'error', message: String((error as Error)?.message ?? error) });
        },
      );
  }, [query, search, status, tag, verdict, sortBy, sortDir, offset, pageSize, reloadKey, retries]);

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => query({ search: '', status: null, tag: null, verdict: 'flagged', sortBy: 'score', sortDir: 'asc', offset: 0, limit: 1 }))
      .then((page) => { if (live) setFlaggedCount(page.total); }, () => { if (live) setFlaggedCount(null); });
    return () => { live = false; };
  }, [query, reloadKey]);

  const filtered = search !== '' || status != null || tag !== '' || verdict != null;
  const clearFilters = () => {
    setSearchText('');
    setTagText('');
    setSearch('');
    setTag('');
    setStatus(null);
    setVerdict(null);
    setOffset(0);
  };
  const emptyText = verdict === 'flagged' && !search && !status && !tag ? t(lang, 'dbEmptyFlagged') : filtered ? t(lang, 'dbEmpty') : t(lang, 'dbEmptyStart');

  const columns: Column[] = [
    { key: 'handle', label: t(lang, 'dbColHandle'), sort: 'handle' },
    { key: 'nickname', label: t(lang, 'dbColNickname') },
    { key: 'status', label: t(lang, 'dbColStatus'), sort: 'status' },
    { key: 'score', label: t(lang, 'dbColScore'), sort: 'score', numeric: true },
    { key: 'verdict', label: t(lang, 'dbColVerdict') },
    { key: 'roi', label: t(lang, 'dbColRoi'), numeric: true },
    { key: 'nextAction', label: t(lang, 'dbColNextAction'), sort: 'nextActionAt' },
    { key: 'notes', label: t(lang, 'dbColNotes') },
  ];

  const toggleSort = (field: CreatorSortField) => {
    if (sortBy === field) setSortDir(sortDir === 'asc' ? 'desc' : 'asc');
    else {
      setSortBy(field);
      // best first for the score, A→Z / soonest first otherwise
      setSortDir(field === 'score' ? 'desc' : 'asc');
    }
    setOffset(0);
  };

  const shown = load.kind === 'ready' ? load : load.kind === 'loading' ? load.previous : null;
  const total = shown?.total ?? 0;

  return (
    <div class="mt-dashboard-table-wrap">
      <div class="mt-dashboard-filters" role="search">
        <label class="mt-dashboard-filter">
          <span class="mt-dashboard-label">{t(lang, 'dbSearch')}</span>
          <input
            class="mt-dashboard-input"
            type="search"
            placeholder={t(lang, 'dbSearchPlaceholder')}
            value={searchText}
            onInput={(event) => setSearchText((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="mt-dashboard-filter">
          <span class="mt-dashboard-label">{t(lang, 'dbStatusFilter')}</span>
          <select
            class="mt-dashboard-input"
            value={status ?? ''}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              setStatus(value === '' ? null : (value as NoteStatus));
              setOffset(0);
            }}
          >
            <option value="">{t(lang, 'dbAllStatuses')}</option>
            {NOTE_STATUSES.map((value) => (
              <option key={value} value={value}>{t(lang, `ntStatus_${value}`)}</option>
            ))}
          </select>
        </label>
        <label class="mt-dashboard-filter">
          <span class="mt-dashboard-label">{t(lang, 'dbVerdictFilter')}</span>
          <select
            class="mt-dashboard-input"
            data-filter="verdict"
            value={verdict ?? ''}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              setVerdict(value === '' ? null : (value as VerdictFilter));
              setOffset(0);
            }}
          >
            <option value="">{t(lang, 'dbAllVerdicts')}</option>
            <option value="flagged">{t(lang, 'dbVerdictFlagged')}</option>
            {STORED_VERDICTS.map((value) => (
              <option key={value} value={value}>{t(lang, VERDICT_KEY[value])}</option>
            ))}
          </select>
        </label>
        <label class="mt-dashboard-filter">
          <span class="mt-dashboard-label">{t(lang, 'dbTagFilter')}</span>
          <input
            class="mt-dashboard-input"
            type="text"
            value={tagText}
            onInput={(event) => setTagText((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <div class="mt-dashboard-filter mt-dashboard-filter--actions">
          <button
            type="button"
            class={`mt-dashboard-button${verdict === 'flagged' ? ' mt-dashboard-button--primary' : ''}`}
            aria-pressed={verdict === 'flagged'}
            data-action="show-flagged"
            onClick={() => {
              setVerdict(verdict === 'flagged' ? null : 'flagged');
              setOffset(0);
            }}
          >
            {flaggedCount == null ? t(lang, 'dbShowFlagged') : t(lang, 'dbShowFlaggedCount', flaggedCount)}
          </button>
          {filtered && (
            <button type="button" class="mt-dashboard-button" data-action="clear-filters" onClick={clearFilters}>{t(lang, 'dbClearFilters')}</button>
          )}
        </div>
      </div>
      {load.kind === 'error' ? (
        <div class="mt-dashboard-error" role="alert">
          {t(lang, 'dbLoadError', load.message)}{' '}
          <button type="button" class="mt-dashboard-button" onClick={() => setRetries(retries + 1)}>{t(lang, 'retry')}</button>
        </div>
      ) : (
        <table class="mt-dashboard-table" aria-label={t(lang, 'dbTableLabel')} aria-busy={load.kind === 'loading' ? 'true' : 'false'}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  class={column.numeric ? 'mt-dashboard-num' : undefined}
                  aria-sort={column.sort ? (sortBy === column.sort ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      class="mt-dashboard-sort"
                      title={t(lang, 'dbSortBy', column.label)}
                      onClick={() => toggleSort(column.sort!)}
                    >
                      {column.label}
                      <span aria-hidden="true" class="mt-dashboard-sort-mark">
                        {sortBy === column.sort ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {!shown && (
              <tr>
                <td colSpan={columns.length} class="mt-dashboard-muted">{t(lang, 'loading')}</td>
              </tr>
            )}
            {shown && shown.rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} class="mt-dashboard-muted mt-dashboard-empty" data-empty={filtered ? 'filtered' : 'start'}>{emptyText}</td>
              </tr>
            )}
            {shown?.rows.map((row) => {
              const creator = row.creator;
              const rowStatus = row.note?.status ?? creator.status;
              const rowVerdict = creator.verdict ?? null;
              return (
                <tr
                  key={creator.id}
                  class="mt-dashboard-row"
                  tabIndex={onOpen ? 0 : undefined}
                  data-creator-id={creator.id}
                  title={onOpen ? t(lang, 'dbOpenCreator') : undefined}
                  onClick={onOpen ? () => onOpen(creator.id) : undefined}
                  onKeyDown={
                    onOpen
                      ? (event) => {
                          if (event.key === 'Enter' || event.key === ' ') {
                            event.preventDefault();
                            onOpen(creator.id);
                          }
                        }
                      : undefined
                  }
                >
                  <td>{creator.handle ? `@${creator.handle}` : creator.id}</td>
                  <td title={creator.nickname ?? undefined}>{creator.nickname ?? '—'}</td>
                  <td>
                    <span class={`mt-dashboard-status mt-dashboard-status--${rowStatus}`}>{t(lang, `ntStatus_${rowStatus}`)}</span>
                  </td>
                  <td class="mt-dashboard-num">{creator.score == null ? '—' : Math.round(creator.score)}</td>
                  <td data-verdict={rowVerdict ?? 'unknown'}>
                    {rowVerdict == null ? (
                      <span class="mt-dashboard-muted">{t(lang, 'dbVerdictUnknown')}</span>
                    ) : (
                      <span class={`mt-dashboard-verdict mt-dashboard-verdict--${rowVerdict}`}>
                        <span class={`mt-dashboard-dot mt-dashboard-dot--${rowVerdict}`} aria-hidden="true" />
                        {t(lang, VERDICT_KEY[rowVerdict])}
                      </span>
                    )}
                  </td>
                  <td class="mt-dashboard-num">{formatRoi(lang, row.roi)}</td>
                  <td>{formatDate(lang, row.note?.nextActionAt ?? null)}</td>
                  <td class="mt-dashboard-excerpt" title={row.note?.text ?? ''}>{noteExcerpt(row.note?.text)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="mt-dashboard-pager">
        <span class="mt-dashboard-muted" aria-live="polite">
          {total === 0 ? '' : t(lang, 'dbPageInfo', offset + 1, Math.min(offset + pageSize, total), total)}
        </span>
        <button type="button" class="mt-dashboard-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
          {t(lang, 'dbPrev')}
        </button>
        <button type="button" class="mt-dashboard-button" disabled={offset + pageSize >= total} onClick={() => setOffset(offset + pageSize)}>
          {t(lang, 'dbNext')}
        </button>
      </div>
    </div>
  );
}
