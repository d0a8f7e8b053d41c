/**
 * Every selector in lib/seller-center/selectors.ts carries the markup it was written for (`example`). Each example is
 * parsed here, in its own document fragment, and must contain an element the selector matches: an edited selector
 * that no longer fits its own example fails, and so does an example pasted wrong.
 */
import { describe, expect, it } from 'vitest';
import { SELECTORS, type SelectorInfo } from '../../lib/seller-center/selectors';

/** The example as a fragment (a <template> parses table parts such as <tr> where they stand). */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const entries = Object.entries(SELECTORS) as Array<[string, SelectorInfo]>;

describe('selectors', () => {
  it('each has its date seen, a source and an example', () => {
    for (const [name, info] of entries) {
      expect(info.seen, name).toMatch(/^\d{4}-\d{2}/);
      expect(info.source.trim(), name).not.toBe('');
      expect(info.example.trim(), name).toMatch(/^</);
    }
  });

  it.each(entries)('%s matches its own example', (name, info) => {
    const fragment = parse(info.example);
    expect(fragment.childElementCount, `${name} example parses to elements`).toBeGreaterThan(0);
    expect(fragment.querySelectorAll(info.selector).length, `${info.selector} in ${info.example}`).toBeGreaterThan(0);
  });

  it('an example that lacks the selected markup is caught (the check can fail)', () => {
    expect(parse('<div><span>sample_beauty_jp</span></div>').querySelectorAll(SELECTORS.handleSpan.selector)).toHaveLength(0);
    expect(parse('<table><tbody><tr class="arco-table-tr"><td>x</td></tr></tbody></table>').querySelectorAll(SELECTORS.emptyTableRow.selector)).toHaveLength(0);
  });
});
