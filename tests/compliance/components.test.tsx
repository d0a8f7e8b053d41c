import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { buildSegments, CHECK_DEBOUNCE_MS, CopyChecker } from '../../components/compliance/CopyChecker';
import { checkCopy, type Category } from '../../lib/compliance';
import { mount, unmountAll } from '../helpers/mount';

function typeText(el: HTMLElement, value: string) {
  const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
  act(() => {
    textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS);
  });
}

function typeTitle(el: HTMLElement, value: string) {
  const input = el.querySelector('.mt-compliance-title-input') as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  unmountAll(); // before restoring real timers, as before the shared helper
  vi.useRealTimers();
});

describe('CopyChecker', () => {
  it('typing text with 最安 shows a highlighted mark and a finding after the debounce', () => {
    const el = mount(<CopyChecker lang="ja" category="general" onCategoryChange={() => {}} />);
    expect(el.querySelector('.mt-compliance-hint')?.textContent).toContain('入力すると自動でチェック');
    const textarea = el.querySelector('textarea') as HTMLTextAreaElement;
    act(() => {
      textarea.value = '業界最安のイヤホン';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Not yet checked before the debounce elapses.
    expect(el.querySelector('mark')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(CHECK_DEBOUNCE_MS);
    });
    const mark = el.querySelector('mark.mt-compliance-mark') as HTMLElement;
    expect(mark.textContent).toBe('最安');
    expect(mark.classList.contains('mt-compliance-mark--medium')).toBe(true);
    expect(el.querySelector('.mt-compliance-preview')?.textContent).toBe('業界最安のイヤホン');
    const items = el.querySelectorAll('.mt-compliance-finding');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('競合の最新調査が必要');
    expect(items[0]!.textContent).toContain('お求めやすい価格');
    expect(el.querySelector('[aria-live].mt-compliance-counts')?.textContent).toBe('高 0・中 1・低 0・情報 0');
  });

  it('renders hostile text as text, never as markup', () => {
    const el = mount(<CopyChecker lang="en" category="general" onCategoryChange={() => {}} />);
    typeText(el, '<img src=x onerror="alert(1)">最安');
    expect(el.querySelector('.mt-compliance-preview img')).toBeNull();
    expect(el.querySelector('.mt-compliance-preview')?.textContent).toBe('<img src=x onerror="alert(1)">最安');
  });

  it('shows "no issues" only for non-empty clean text', () => {
    const el = mount(<CopyChecker lang="zh_CN" category="electronics" onCategoryChange={() => {}} />);
    typeText(el, '完全ワイヤレスイヤホン');
    expect(el.querySelector('.mt-compliance-ok')?.textContent).toBe('未发现问题');
    typeText(el, '');
    expect(el.querySelector('.mt-compliance-ok')).toBeNull();
    expect(el.querySelector('.mt-compliance-hint')).not.toBeNull();
  });

  it('reports category changes to the container and re-checks with the new category', () => {
    const changes: Category[] = [];
    const el = mount(<CopyChecker lang="en" category="cosmetic" onCategoryChange={(c) => changes.push(c)} initialText="薬用美白クリーム。メラニンの生成を抑え、シミ・そばかすを防ぐ" />);
    expect(el.querySelectorAll('.mt-compliance-finding').length).toBeGreaterThan(0);
    const select = el.querySelector('select') as HTMLSelectElement;
    act(() => {
      select.value = 'quasi_drug';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(changes).toEqual(['quasi_drug']);
    act(() => render(<CopyChecker lang="en" category="quasi_drug" onCategoryChange={() => {}} initialText="薬用美白クリーム。メラニンの生成を抑え、シミ・そばかすを防ぐ" />, el));
    expect(el.querySelector('.mt-compliance-ok')?.textContent).toBe('No issues found');
  });

  it('creator-script toggle adds the missing-disclosure finding', () => {
    const el = mount(<CopyChecker lang="en" category="cosmetic" onCategoryChange={() => {}} initialText="この化粧水、しっとり" />);
    expect(el.querySelector('.mt-compliance-ok')).not.toBeNull();
    const radio = el.querySelector('input[value="creator_script"]') as HTMLInputElement;
    act(() => {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const item = el.querySelector('.mt-compliance-finding') as HTMLElement;
    expect(item.textContent).toContain('(start of script)');
    expect(item.textContent).toContain('Stealth Marketing Notice');
  });

  it('"copy safer version" writes the rewritten text to the clipboard and says so', async () => {
    const writeText = vi.fn(async (_s: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = mount(<CopyChecker lang="en" category="cosmetic" onCategoryChange={() => {}} initialText="シミが消える美容液" />);
    const button = el.querySelector('.mt-compliance-copy') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    await act(async () => {
      button.click();
    });
    expect(writeText).toHaveBeenCalledWith('日やけによるシミ・そばかすを防ぐ美容液');
    expect(el.querySelector('.mt-compliance-copy-state')?.textContent).toBe('Copied');
  });
});

describe('buildSegments', () => {
  it('splits at finding boundaries and keeps the worst severity for overlaps', () => {
    const text = '業界最安！シミが消える';
    const { findings } = checkCopy(text, { category: 'cosmetic', kind: 'listing' });
    const segs = buildSegments(text, findings);
    expect(segs.map((s) => [s.text, s.severity])).toEqual([
      ['業界', null],
      ['最安', 'medium'],
      ['！', null],
      ['シミが消える', 'high'],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('CopyChecker title and description fields (issue 15)', () => {
  it('checks the title on its own, with the listing rules and their sources', () => {
    const el = mount(<CopyChecker lang="en" category="cosmetic" onCategoryChange={() => {}} />);
    typeTitle(el, '【公式ショップ】シミが消える美容液 50%OFF★');
    const title = el.querySelector('.mt-compliance-field-results--title') as HTMLElement;
    expect(title.querySelector('.mt-compliance-matched')?.textContent).toBe('シミが消える');
    const failed = [...el.querySelectorAll('.mt-compliance-rule--fail .mt-compliance-rule-label')].map((n) => n.textContent);
    expect(failed).toEqual(['No promotions in the title', 'No shop names in the title', 'No special symbols or emoji in the title']);
    for (const a of el.querySelectorAll('.mt-compliance-rule-source a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    // The description is still empty: nothing reported for it.
    expect(el.querySelector('.mt-compliance-preview')).toBeNull();
  });

  it('flags a short description and Chinese glyphs, and applies the Japanese forms to the field', () => {
    const el = mount(<CopyChecker lang="zh_CN" category="cosmetic" onCategoryChange={() => {}} />);
    typeText(el, '高品质护肤霜，保湿');
    const lengthRule = el.querySelector('.mt-compliance-rule--fail') as HTMLElement;
    expect(lengthRule.textContent).toContain('至少30');
    const items = [...el.querySelectorAll('.mt-compliance-ja-item')].map((n) => n.textContent);
    expect(items.join(' ')).toContain('质');
    act(() => (el.querySelector('.mt-compliance-ja-apply') as HTMLButtonElement).click());
    expect((el.querySelector('textarea') as HTMLTextAreaElement).value).toBe('高品質護膚霜、保湿');
  });

  it('a creator script has one field and no listing rules', () => {
    const el = mount(<CopyChecker lang="en" category="cosmetic" kind="creator_script" onCategoryChange={() => {}} />);
    expect(el.querySelector('.mt-compliance-title-input')).toBeNull();
    typeText(el, '#PR この化粧水が好き');
    expect(el.querySelector('.mt-compliance-rules')).toBeNull();
  });
});
