/**
 * The one start-up every extension page shares (entrypoints/<page>/main.tsx): a protocol client to the background and
 * the browser's language, handed to the page's root component, rendered into the page's #app element.
 * WXT needs an index.html per page, so those stay; this keeps the script side in one place.
 */
import { render, type VNode } from 'preact';
import { createClient, type ProtocolClient } from '../../lib/protocol';
import type { Lang } from '../../lib/i18n';
import { browserLang, sendToBackground } from './runtime';

export interface PageStart {
  client: ProtocolClient;
  initialLang: Lang;
}

export function mountPage(root: (start: PageStart) => VNode): void {
  const container = document.getElementById('app');
  if (!container) throw new Error('the page has no #app element');
  render(root({ client: createClient(sendToBackground), initialLang: browserLang() }), container);
}
