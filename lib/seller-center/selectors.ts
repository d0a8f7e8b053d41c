/**
 * Every DOM selector and text pattern the DOM fallback uses, in one place.
 * Source ids are the public code listed in SOURCES.md beside this file; all were read in 2026-11.
 * Hashed data-e2e values change between releases [G], so each is paired with a structural fallback in dom.ts.
 */

export interface SelectorInfo {
  selector: string;
  seen: string;
  source: string;
  example: string;
  guess: boolean;
}

const SEEN = '2026-11';

export const SELECTORS = {
  /** handle text inside a Find creators row */
  handleSpan: { selector: "span[data-e2e='fbc99397-6043-1b37']", seen: SEEN, source: 'S6 platforms.py', guess: false,
    example: '<span data-e2e="fbc99397-6043-1b37">sample_beauty_jp</span>' },
  /** rows of the table-based creator list */
  tableRow: { selector: '.arco-table-body tr', seen: SEEN, source: 'U1', guess: false,
    example: '<div class="arco-table-body"><table><tbody><tr class="arco-table-tr cursor-pointer"><td>sample_beauty_jp</td></tr></tbody></table></div>' },
  /** the empty-table placeholder row Arco renders; not a creator */
  emptyTableRow: { selector: '.arco-table-empty-row, .arco-table-tr-empty', seen: SEEN, source: 'Arco Design markup', guess: true,
    example: '<table><tbody><tr class="arco-table-empty-row"><td>データなし</td></tr></tbody></table>' },
  avatarImage: { selector: '.m4b-avatar-image img, .pulse-avatar-image img, img[class*="avatar"], [class*="avatar"] img', seen: SEEN,
    source: 'U1, S7', guess: false, example: '<span class="m4b-avatar-image"><img alt="" src="data:,"></span>' },
  detailRoot: { selector: '#creator-detail-profile-container', seen: SEEN, source: 'S7 page_script.py', guess: false,
    example: '<div id="creator-detail-profile-container"><div data-e2e="1d25e140-5f50-b605">sample_beauty_jp</div></div>' },
  detailProfileBlock: { selector: "[data-e2e='1d25e140-5f50-b605'], [data-e2e='f1003596-3f9a-0aeb']", seen: SEEN,
    source: 'S7 contact_badge.py', guess: false, example: '<div data-e2e="1d25e140-5f50-b605"><span>sample_beauty_jp</span></div>' },
  detailBio: { selector: "[data-e2e='2e9732e6-4d06-458d'], [class*='break-words']", seen: SEEN, source: 'S7', guess: false,
    example: '<div data-e2e="2e9732e6-4d06-458d">スキンケア中心…</div>' },
  searchInput: { selector: 'input[data-tid="m4b_input_search"]', seen: SEEN, source: 'S5, S6', guess: false,
    example: '<input data-tid="m4b_input_search">' },
  tableHeaderCell: { selector: 'thead th, .arco-table-header th, .arco-table-th', seen: SEEN, source: 'Arco Design markup', guess: true,
    example: '<table><thead><tr><th class="arco-table-th">コミッション率</th></tr></thead></table>' },
  formItem: { selector: '.arco-form-item, [class*="form-item"], label', seen: SEEN, source: 'Arco Design markup; S8 screenshots 20/22', guess: true,
    example: '<div class="arco-form-item"><label>標準コミッション率</label><input value="15"><span>%</span></div>' },
  inputSuffix: { selector: '.arco-input-group-suffix, .arco-input-suffix, [class*="suffix"]', seen: SEEN, source: 'Arco Design markup', guess: true,
    example: '<span class="arco-input-group-suffix">%</span>' },
  /** Arco's wrapper around a table: header and body are two separate <table>s inside it */
  tableScope: { selector: '.arco-table', seen: SEEN, source: 'Arco Design markup (U1 shows .arco-table-body)', guess: true,
    example: '<div class="arco-table"><div class="arco-table-header"><table><thead><tr><th>コミッション率</th></tr></thead></table></div><div class="arco-table-body"><table><tbody><tr><td>12%</td></tr></tbody></table></div></div>' },
  /** the row of column titles inside a table scope */
  tableHeaderRow: { selector: 'thead tr', seen: SEEN, source: 'Arco Design markup', guess: true,
    example: '<table><thead><tr><th>クリエイター</th><th>コミッション率</th></tr></thead></table>' },
  /** elements whose own text may be a creator's handle: the badge sits beside the one that matches */
  handleText: { selector: 'span, div, p, a, strong, b, h1, h2, h3, td', seen: SEEN, source: 'S6 platforms.py (handle in a span); S8 screenshots', guess: true,
    example: '<div class="creator-card"><p>さくら美容ちゃんねる</p><span>@sakura_beauty_jp</span></div>' },
  /** rows, list items and cards enclosing a commission figure: their text names the product (category for the chip) */
  figureRow: { selector: 'tr, li, [class*="row"], [class*="item"], [class*="card"]', seen: SEEN, source: 'Arco Design markup', guess: true,
    example: '<table><tbody><tr class="arco-table-tr"><td>ほうじ茶 100g</td><td>12%</td></tr></tbody></table>' },
} as const satisfies Record<string, SelectorInfo>;

/**
 * Commission labels in the three UI languages sellers see (ja, zh, en). Used only to tell a commission % from
 * other percentages (engagement rate, gender share) in a column header or form label [G: JP wording per §9].
 */
export const COMMISSION_LABEL_PATTERN = /コミッション|手数料|報酬|佣金|提成|commission/i;

/** "@handle"-looking text; TikTok handles are 2-24 chars of letters, digits, '.' and '_' [G]. */
export const HANDLE_TEXT_PATTERN = /^@?[A-Za-z0-9_.]{2,24}$/;
