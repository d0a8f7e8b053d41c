/**
 * DOM fallback: finds creator rows, the creator detail root and commission percentages on Affiliate Center pages,
 * for placing Mitate's UI and for when the API responses were missed. Pure functions over a root passed in (no
 * globals); keyed on structure and ids, never on English labels (the JP UI is Japanese, sellers also use Chinese).
 */
import { COMMISSION_LABEL_PATTERN, HANDLE_TEXT_PATTERN, SELECTORS } from './selectors';
import { parseCompactCount, parsePercentText } from './values';

export interface CreatorCard {
  element: Element;
  handle: string | null;
  /** the element whose text is the handle (the handle span, or the text that looked like one), when found */
  handleElement: Element | null;
  nickname: string | null;
  followersText: string | null;
}

const TEXT_NODE = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING (no DOM globals in lib/). */
const FOLLOWING = 4;
/** How far up from an avatar image a card may be, and how far up a form label may sit above a % figure. */
const CARD_MAX_CLIMB = 6;
const LABEL_MAX_CLIMB = 4;
/** A card bigger than this many elements is a list container, not one creator. */
const CARD_MAX_ELEMENTS = 400;

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Text directly inside the element (not its children's), trimmed. */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
  }
  // most elements of a row own no text: skip the regex for them (this runs over every element of a 200-row list)
  return text === '' ? '' : text.replace(/\s+/g, ' ').trim();
}

/** Elements under `element` (inclusive) that have their own text, in document order. */
function textElements(element: Element): Array<{ element: Element; text: string }> {
  const out: Array<{ element: Element; text: string }> = [];
  const all = [element, ...safeQueryAll(element, '*')];
  for (const el of all) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template') continue;
    const text = ownText(el);
    if (text !== '') out.push({ element: el, text });
  }
  return out;
}

function looksLikeHandle(text: string): boolean {
  // digits-only or count-like texts ("1.2K") are numbers, not handles
  return HANDLE_TEXT_PATTERN.test(text) && !/^@?[\d.,]+$/.test(text) && parseCompactCount(text) === null;
}

function cleanHandle(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim().replace(/^@/, '');
  return trimmed === '' ? null : trimmed;
}

function readCard(element: Element, marked: boolean, handleOnly = false): CreatorCard {
  const span = safeQueryAll(element, SELECTORS.handleSpan.selector)[0];
  // the handle span alone names the creator: reading every text of the row (for nickname and followers) is skipped
  // when only the handle is wanted (badges), which spares touching each element of a 200-row list
  if (span && handleOnly) return { element, handle: cleanHandle(span.textContent), handleElement: span, nickname: null, followersText: null };
  const texts = textElements(element);
  let handle = cleanHandle(span?.textContent);
  let handleIndex = span ? texts.findIndex((t) => t.element === span || span.contains(t.element)) : -1;
  if (handle === null) {
    const atIndex = texts.findIndex((t) => t.text.startsWith('@') && looksLikeHandle(t.text));
    handleIndex = atIndex >= 0 || marked ? atIndex : texts.findIndex((t) => looksLikeHandle(t.text));
    handle = handleIndex >= 0 ? cleanHandle(texts[handleIndex]!.text) : null;
  }
  let nickname: string | null = null;
  let followersText: string | null = null;
  for (let i = handleIndex + 1; i < texts.length; i++) {
    const text = texts[i]!.text;
    const isCount = /\d/.test(text) && parseCompactCount(text) !== null;
    if (nickname === null && !isCount && cleanHandle(text) !== handle && i === handleIndex + 1) nickname = text;
    if (followersText === null && isCount) followersText = text;
    if (nickname !== null && followersText !== null) break;
  }
  const handleElement = span ?? (handleIndex >= 0 ? texts[handleIndex]!.element : null);
  return { element, handle, handleElement, nickname, followersText };
}

function hasAvatar(element: Element): boolean {
  return safeQueryAll(element, SELECTORS.avatarImage.selector).length > 0 || safeQueryAll(element, 'img').length > 0;
}

/** The smallest ancestor of `start` (inclusive) that has both an image and a handle-looking text. */
function cardAround(start: Element): Element | null {
  let current: Element | null = start;
  for (let depth = 0; current && depth <= CARD_MAX_CLIMB; depth++) {
    const tag = current.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'tbody' || tag === 'table') return null;
    if (safeQueryAll(current, '*').length > CARD_MAX_ELEMENTS) return null;
    if (hasAvatar(current) && textElements(current).some((t) => looksLikeHandle(t.text))) return current;
    current = current.parentElement;
  }
  return null;
}

/**
 * Creator rows or cards on the Find creators list, in document order. Strategies, strongest first: the handle span
 * (hashed data-e2e, §8), Arco table body rows, then any small block with an avatar image and an @handle-like text.
 */
/**
 * Cards already read, by element, with the text they had: a rescan of an unchanged row costs one textContent read.
 * (Lists reuse row elements for other creators, so the text, not the element alone, decides.)
 */
export type CardCache = WeakMap<Element, { text: string; marked: boolean; card: CreatorCard }>;

export interface CardReading {
  /** skips rows before they are read (called in document order), e.g. rows far from the window */
  wanted?: (row: Element) => boolean;
  /**
   * Only a marked handle counts (the handle span or an "@handle" text). On pages whose tables list products, a bare
   * word such as a product's brand would otherwise read as a creator's handle.
   */
  markedHandlesOnly?: boolean;
  /** Only the handle and its element are wanted: with the handle span, nickname and followers stay null (not read). */
  handleOnly?: boolean;
}

export function readCreatorCards(root: ParentNode, cache?: CardCache, { wanted, markedHandlesOnly = false, handleOnly = false }: CardReading = {}): CreatorCard[] {
  const candidates = new Set<Element>();
  for (const span of safeQueryAll(root, SELECTORS.handleSpan.selector)) {
    const row = span.closest('tr') ?? cardAround(span);
    if (row) candidates.add(row);
  }
  const emptyRows = new Set(safeQueryAll(root, SELECTORS.emptyTableRow.selector));
  // rows without text (placeholders) are dropped once read, below: reading every row's text on every scan of a
  // 200-row list cost more than all the rest
  const tableRows = new Set<Element>();
  for (const row of safeQueryAll(root, SELECTORS.tableRow.selector)) {
    if (emptyRows.has(row) || candidates.has(row) || row.closest('thead')) continue;
    candidates.add(row);
    tableRows.add(row);
  }
  if (candidates.size === 0) {
    for (const img of safeQueryAll(root, 'img')) {
      const card = cardAround(img);
      if (card) candidates.add(card);
    }
  }
  // keep the innermost: a grid that contains two cards is not a card (mark every candidate's ancestors)
  const holdsCandidate = new Set<Element>();
  for (const el of candidates) {
    for (let up = el.parentElement; up && !holdsCandidate.has(up); up = up.parentElement) holdsCandidate.add(up);
  }
  const list = [...candidates].filter((el) => !holdsCandidate.has(el));
  // document order without indexing every element of the page (candidates never contain one another here)
  list.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const kept = wanted ? list.filter(wanted) : list;
  const read = (element: Element): CreatorCard | null => {
    const text = element.textContent ?? '';
    if (tableRows.has(element) && text.trim() === '') return null;
    if (!cache) return readCard(element, markedHandlesOnly, handleOnly);
    const known = cache.get(element);
    // the same text in a rebuilt cell (a re-render with the same results) is read again: its handle element is new
    const handleStillThere = !known?.card?.handleElement || (known.card.handleElement.isConnected && element.contains(known.card.handleElement));
    if (known && known.text === text && known.marked === markedHandlesOnly && handleStillThere) return known.card;
    const card = readCard(element, markedHandlesOnly, handleOnly);
    cache.set(element, { text, marked: markedHandlesOnly, card });
    return card;
  };
  const cards: CreatorCard[] = [];
  for (const element of kept) {
    const card = read(element);
    if (card && (card.handle !== null || card.element.tagName.toLowerCase() === 'tr')) cards.push(card);
  }
  return cards;
}

/** The creator detail page's profile root and the handle shown there, or null when not on that page. */
export function readCreatorDetail(root: ParentNode): { element: Element; handle: string | null } | null {
  let element = safeQueryAll(root, SELECTORS.detailRoot.selector)[0] ?? null;
  if (!element) {
    const block = safeQueryAll(root, SELECTORS.detailProfileBlock.selector)[0];
    element = block?.parentElement ?? block ?? null;
  }
  if (!element) return null;
  const span = safeQueryAll(element, SELECTORS.handleSpan.selector)[0];
  let handle = cleanHandle(span?.textContent);
  if (handle === null) {
    const texts = textElements(element);
    const at = texts.find((t) => t.text.startsWith('@') && looksLikeHandle(t.text)) ?? texts.find((t) => looksLikeHandle(t.text));
    handle = cleanHandle(at?.text);
  }
  return { element, handle };
}

/** First header row of each table scope, looked up once per findCommissionFigures call (not once per figure). */
type HeaderRows = Map<Element, Element | null>;

/** Header text of the table column a cell sits in (by index among its row's cells). */
function columnHeaderText(cell: Element, headerRows: HeaderRows): string | null {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return null;
  const index = Array.from(row.children).indexOf(cell);
  if (index < 0) return null;
  // Arco splits header and body into two tables inside one .arco-table; look in the nearest wrapper too
  const scope = table.closest(SELECTORS.tableScope.selector) ?? table;
  let headerRow = headerRows.get(scope);
  if (headerRow === undefined) headerRows.set(scope, (headerRow = scope.querySelector(SELECTORS.tableHeaderRow.selector)));
  const header = headerRow?.children[index];
  return header ? (header.textContent ?? '').trim() : null;
}

/** Whether a label near the element (same form item / a few levels up, never a whole table) names commission. */
function inCommissionContext(element: Element, headerRows: HeaderRows): boolean {
  const cell = element.closest('td, th');
  if (cell) {
    const header = columnHeaderText(cell, headerRows);
    return header !== null && COMMISSION_LABEL_PATTERN.test(header);
  }
  const formItem = element.closest(SELECTORS.formItem.selector);
  if (formItem && COMMISSION_LABEL_PATTERN.test(formItem.textContent ?? '')) return true;
  let current: Element | null = element.parentElement;
  for (let depth = 0; current && depth < LABEL_MAX_CLIMB; depth++) {
    if (safeQueryAll(current, 'table').length > 0) return false;
    for (const child of Array.from(current.children)) {
      if (child.contains(element)) continue;
      if (COMMISSION_LABEL_PATTERN.test(ownText(child)) || safeQueryAll(child, 'label').some((l) => COMMISSION_LABEL_PATTERN.test(l.textContent ?? ''))) return true;
    }
    current = current.parentElement;
  }
  return false;
}

function inputPercent(input: Element): number | null {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type !== 'text' && type !== 'number') return null;
  const value = (input as HTMLInputElement).value ?? input.getAttribute('value') ?? '';
  const direct = parsePercentText(value);
  if (direct !== null) return direct;
  // "15" with a "%" suffix beside it (Arco input group)
  const group = input.parentElement;
  const suffix = group ? [...safeQueryAll(group, SELECTORS.inputSuffix.selector), ...Array.from(group.children)]
    .some((el) => el !== input && /^[%％]$/.test((el.textContent ?? '').trim())) : false;
  return suffix ? parsePercentText(`${value}%`) : null;
}

/**
 * Commission percentages on the page: elements whose own text is "15%" / "15.00%" / "１５％" in a commission column or
 * beside a commission label, and text/number inputs holding a percentage in a commission form (the input itself).
 */
export function findCommissionFigures(root: ParentNode): Array<{ element: Element; rate: number }> {
  const out: Array<{ element: Element; rate: number }> = [];
  const headerRows: HeaderRows = new Map();
  for (const element of commissionCandidates(root)) {
    const tag = element.tagName.toLowerCase();
    const rate = tag === 'input' ? inputPercent(element) : parsePercentText(ownText(element));
    if (rate === null || !inCommissionContext(element, headerRows)) continue;
    out.push({ element, rate });
  }
  return out;
}

/** Elements whose text is not shown as text, or is the seller's own typing: nothing of Mitate's goes in there. */
const NOT_PAGE_TEXT = new Set(['script', 'style', 'template', 'textarea', 'select', 'option', 'title', 'noscript']);

/**
 * Whether the element is inside something the seller edits (a rich-text editor, a textarea): a host placed there
 * would become part of what the seller types, and maybe of what the page submits.
 */
export function isInEditable(element: Element, roots: readonly Element[] = editableRoots(element.ownerDocument)): boolean {
  return roots.length > 0 && roots.some((root) => root.contains(element));
}

/**
 * The page's editable regions, looked up once per scan (most pages have none, so no card is tested). By attribute, not
 * isContentEditable: that reads computed style, which would make a scan restyle the page.
 */
export function editableRoots(root: ParentNode): Element[] {
  return safeQueryAll(root, 'textarea, [contenteditable]:not([contenteditable="false"])');
}

const SHOW_TEXT = 4;
const PERCENT_SIGN = /[%％]/;

/**
 * Inputs, and elements owning a text node with a percent sign, in document order. Walking text nodes instead of
 * testing every element keeps a 200-row list at a few milliseconds (this runs on Seller Center's main thread).
 */
function commissionCandidates(root: ParentNode): Element[] {
  const found = new Set<Element>(safeQueryAll(root, 'input'));
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const editable = editableRoots(doc);
  if (typeof doc.createTreeWalker === 'function') {
    const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !PERCENT_SIGN.test(node.textContent ?? '')) continue;
      if (!NOT_PAGE_TEXT.has(parent.tagName.toLowerCase()) && !isInEditable(parent, editable)) found.add(parent);
    }
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

const MAX_ROW_CONTEXT_CHARS = 600;

/**
 * Texts of the up-to-three rows, list items or cards around a commission figure, innermost first: the background
 * finds the product they name (commission and break-even chips).
 */
export function figureRowTexts(element: Element): string[] {
  const out: string[] = [];
  for (let row = element.closest(SELECTORS.figureRow.selector); row && out.length < 3; row = row.parentElement?.closest(SELECTORS.figureRow.selector) ?? null) {
    out.push((row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_ROW_CONTEXT_CHARS));
    if (row.matches('tr, li')) break;
  }
  return out;
}
