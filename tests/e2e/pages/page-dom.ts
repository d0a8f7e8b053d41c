/**
 * The whole DOM of a Seller Center page as the DevTools protocol sees it: `DOM.getDocument({depth: -1, pierce: true})`
 * descends into open and closed shadow roots and frames alike, so nothing Mitate puts on a page can hide from it.
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: CdpNode;
  templateContent?: CdpNode;
}

export interface PiercedElement {
  localName: string;
  attributes: Record<string, string>;
  /** the nearest enclosing `mitate-*` host (itself included), or null when the element is the page's own */
  mitateHost: string | null;
  /** kind of every shadow root between the document and this element */
  shadowPath: Array<'open' | 'closed' | 'user-agent'>;
}

export interface PiercedDom {
  elements: PiercedElement[];
  /** every text node's value and every attribute value, anywhere (shadow roots included) */
  texts: string[];
}

const EDITABLE_TAGS = new Set(['input', 'textarea', 'select']);

/** Whether the seller could type into (or a page script could read typing from) this element. */
export function isEditable(el: PiercedElement): boolean {
  if (EDITABLE_TAGS.has(el.localName)) return true;
  const editable = el.attributes.contenteditable;
  if (editable !== undefined && editable.toLowerCase() !== 'false') return true;
  return el.attributes.role === 'textbox';
}

/** A short, stable description of an element for comparisons and failure messages. */
export function describeElement(el: PiercedElement): string {
  const keys = ['id', 'name', 'type', 'data-product-id', 'class', 'contenteditable'].filter((k) => el.attributes[k] !== undefined);
  return `${el.localName}${keys.map((k) => `[${k}="${el.attributes[k]}"]`).join('')}`;
}

export async function piercedDom(page: Page): Promise<PiercedDom> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
    const elements: PiercedElement[] = [];
    const texts: string[] = [];
    const walk = (node: CdpNode, host: string | null, shadowPath: PiercedElement['shadowPath']) => {
      let inside = host;
      if (node.nodeType === 1) {
        const attributes: Record<string, string> = {};
        const list = node.attributes ?? [];
        for (let i = 0; i + 1 < list.length; i += 2) {
          attributes[list[i]!] = list[i + 1]!;
          texts.push(list[i + 1]!);
        }
        const localName = node.localName ?? node.nodeName.toLowerCase();
        if (localName.startsWith('mitate-')) inside = localName;
        elements.push({ localName, attributes, mitateHost: inside, shadowPath });
      } else if (node.nodeValue) {
        texts.push(node.nodeValue);
      }
      for (const shadow of node.shadowRoots ?? []) walk(shadow, inside, [...shadowPath, shadow.shadowRootType ?? 'open']);
      for (const child of node.children ?? []) walk(child, inside, shadowPath);
      if (node.contentDocument) walk(node.contentDocument, inside, shadowPath);
      if (node.templateContent) walk(node.templateContent, inside, shadowPath);
    };
    walk(root, null, []);
    return { elements, texts };
  } finally {
    await session.detach();
  }
}
