/**
 * Layout checks measured in the real browser: Mitate's chips and badges against the page's own text (every text node's
 * line boxes, from Range.getClientRects, plus elementsFromPoint to prove each mark is the thing actually seen), SVG
 * labels against each other, select boxes against their chosen option, and panels against the window.
 */
import type { Locator, Page } from 'playwright-core';

export interface Box { left: number; top: number; right: number; bottom: number }

export interface MarkCollision {
  /** 'mitate-chip' or 'mitate-badge' and the mark's text */
  mark: string;
  /** the page text it covers, or what covers the mark */
  text: string;
  kind: 'covers-text' | 'hidden-under' | 'off-screen';
}

/**
 * Every visible chip and badge on the page against every line box of the page's own text. A mark "covers text" when
 * its box intersects a text line box by more than 1 px each way; it is "hidden under" the page when the element at its
 * centre is not the mark's host (the page would draw over it).
 */
export function markCollisions(page: Page): Promise<{ marks: number; texts: number; collisions: MarkCollision[] }> {
  return page.evaluate(() => {
    const SLACK = 1;
    const intersects = (a: Box, b: Box) => a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
    const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    // the page's own text: every non-blank text node outside Mitate's hosts, line box by line box
    const lines: Array<{ box: Box; text: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) return NodeFilter.FILTER_REJECT;
        if (parent.closest('mitate-chip, mitate-badge, mitate-breakeven, script, style, noscript')) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) lines.push({ box: boxOf(rect), text: (node.textContent ?? '').trim().slice(0, 40) });
      }
    }
    // each mark's visible parts: the chip, or the badge button and its ✎ (popovers are closed)
    const marks: Array<{ host: Element; box: Box; label: string }> = [];
    for (const host of document.querySelectorAll('mitate-chip, mitate-badge, mitate-breakeven')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const part of root.querySelectorAll('.mt-commission-chip, .mt-breakeven-chip, .mt-scoring-badge, .mt-note-button')) {
        const rect = part.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        marks.push({ host, box: boxOf(rect), label: `${host.localName} "${(part.textContent ?? '').trim()}"` });
      }
    }
    const collisions: MarkCollision[] = [];
    for (const mark of marks) {
      for (const line of lines) {
        if (intersects(mark.box, line.box)) collisions.push({ mark: mark.label, text: line.text, kind: 'covers-text' });
      }
      const cx = (mark.box.left + mark.box.right) / 2;
      const cy = (mark.box.top + mark.box.bottom) / 2;
      if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) {
        // below the fold: scrolled into view by the caller's second pass
        continue;
      }
      const top = document.elementsFromPoint(cx, cy)[0];
      if (top !== mark.host) collisions.push({ mark: mark.label, text: top ? `${top.localName}.${top.className}` : 'nothing', kind: 'hidden-under' });
    }
    return { marks: marks.length, texts: lines.length, collisions };
  });
}

/** Pairs of SVG <text> labels inside `svg` whose boxes overlap, and labels that stick out of the SVG. */
export function svgLabelProblems(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const outer = el.getBoundingClientRect();
    const labels = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter((l) => l.r.width > 0);
    const problems: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      if (a.r.left < outer.left - 0.5 || a.r.right > outer.right + 0.5 || a.r.top < outer.top - 0.5 || a.r.bottom > outer.bottom + 0.5) {
        problems.push(`"${a.text}" sticks out of the chart`);
      }
      for (let j = i + 1; j < labels.length; j++) {
        const b = labels[j]!;
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return problems;
  });
}

/**
 * Selects whose chosen option is wider than the box can show (measured with the select's own font), or whose box
 * leaves the window.
 */
export function clippedSelects(page: Page, within: string): Promise<string[]> {
  return page.locator(within).evaluate((root) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    for (const select of root.querySelectorAll('select')) {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const textWidth = canvas.measureText(text).width;
      // the drop-down arrow takes about 20 px of the inner width
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      const r = select.getBoundingClientRect();
      if (textWidth > room) out.push(`${select.name || 'select'}: "${text}" needs ${Math.ceil(textWidth)} px, has ${Math.floor(room)}`);
      if (r.right > innerWidth || r.left < 0) out.push(`${select.name || 'select'} leaves the window`);
    }
    return out;
  });
}

/** Whether the document scrolls sideways (a clipped or overflowing panel). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
