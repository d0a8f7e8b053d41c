// @vitest-environment happy-dom
/**
 * The break-even page feature on a collaboration-create form shaped like the fixture page: it asks the background
 * with each commission input's rate and row texts, and renders the answer as text in a shadow host beside the input
 * (no input, no HTML parsing); a typed rate asks again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { breakEvenChips } from '../../components/page/features/break-even-chips';
import { PAGE_FEATURES } from '../../components/page/features';
import { createInlineHosts } from '../../components/page/inline-host';
import type { BreakEvenView } from '../../lib/page-view';

const hostile = '<img src=x onerror="window.__pwned=1">';
const view = (over: Partial<BreakEvenView> = {}): BreakEvenView => ({
  state: 'ok', text: 'Break-even 31.2%', bandText: 'Band 8%–15%', above: false, detail: hostile, ariaLabel: 'Break-even 31.2%; Band 8%–15%', ...over,
});

function form(): HTMLInputElement {
  document.body.innerHTML = `<table><thead><tr><th>商品</th><th>価格</th><th>コミッション</th></tr></thead><tbody><tr class="arco-table-tr"><td>アミノ酸シャンプー 500ml</td><td>¥1,980</td><td>
    <div class="arco-form-item"><label>標準コミッション率</label><span class="arco-input-group"><input type="text" value="12"><span class="arco-input-group-suffix">%</span></span></div>
  </td></tr></tbody></table>`;
  return document.querySelector('input')!;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('break-even chips (collaboration create)', () => {
  it('is registered for the create page only', () => {
    expect(PAGE_FEATURES).toContain(breakEvenChips);
    expect(breakEvenChips.pages).toEqual(['targetCollabCreate']);
  });

  it('asks with the input\'s rate and row text, renders text only beside it, and asks again when the seller types', async () => {
    const input = form();
    const sent: Array<{ type: string; figures: Array<{ rate: number; context: string[] }> }> = [];
    let reply = view();
    vi.stubGlobal('browser', { runtime: { sendMessage: async (m: never) => { sent.push(m); return { ok: true, data: { chips: [reply] } }; } } });
    const hosts = createInlineHosts('');
    let updates = 0;
    const context = { pageKind: 'targetCollabCreate' as const, url: location.href, hosts, isValid: () => true, requestUpdate: () => void (updates += 1) };
    await breakEvenChips.update(context);

    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('breakEvenChips');
    expect(sent[0]!.figures[0]!.rate).toBeCloseTo(0.12, 9);
    expect(sent[0]!.figures[0]!.context.some((text) => text.includes('アミノ酸シャンプー 500ml'))).toBe(true);
    const host = input.parentElement!.parentElement!.querySelector(':scope > mitate-breakeven')!;
    const chip = host.shadowRoot!.querySelector('.mt-breakeven-chip') as HTMLElement;
    expect(chip.textContent).toBe('Break-even 31.2% · Band 8%–15%');
    expect(chip.title).toBe(hostile); // as text, never parsed
    expect(host.shadowRoot!.querySelector('img, input, textarea, select, [contenteditable]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();

    input.value = '35';
    input.dispatchEvent(new Event('input'));
    expect(updates).toBe(1);
    reply = view({ above: true, ariaLabel: 'Break-even 31.2%; above break-even; Band 8%–15%' });
    await breakEvenChips.update(context);
    expect(sent[1]!.figures[0]!.rate).toBeCloseTo(0.35, 9);
    const again = input.parentElement!.parentElement!.querySelectorAll(':scope > mitate-breakeven');
    expect(again).toHaveLength(1);
    expect((again[0]!.shadowRoot!.querySelector('.mt-breakeven-chip') as HTMLElement).dataset.above).toBe('true');
  });

  it('takes its chip away when the row is reused for a product the background does not know', async () => {
    const input = form();
    let chips: Array<BreakEvenView | null> = [view()];
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => ({ ok: true, data: { chips } }) } });
    const context = { pageKind: 'targetCollabCreate' as const, url: location.href, hosts: createInlineHosts(''), isValid: () => true, requestUpdate: () => undefined };
    await breakEvenChips.update(context);
    expect(input.parentElement!.parentElement!.querySelectorAll(':scope > mitate-breakeven')).toHaveLength(1);
    chips = [null];
    await breakEvenChips.update(context);
    expect(document.querySelector('mitate-breakeven')).toBeNull();
  });

  it('shows nothing for an input whose product the background does not know', async () => {
    const input = form();
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => ({ ok: true, data: { chips: [null] } }) } });
    await breakEvenChips.update({ pageKind: 'targetCollabCreate', url: location.href, hosts: createInlineHosts(''), isValid: () => true, requestUpdate: () => undefined });
    expect(input.parentElement!.parentElement!.querySelector(':scope > mitate-breakeven')).toBeNull();
  });
});
