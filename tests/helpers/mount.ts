import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Hosts mounted by the current test; the afterEach below unmounts and removes them all. */
const hosts = new Set<HTMLElement>();

/** Renders `vnode` (inside act) into a fresh div appended to document.body and returns that div. */
export function mount(vnode: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  hosts.add(host);
  act(() => render(vnode, host));
  return host;
}

/** Unmounts (inside act) a host returned by `mount` and removes it from the document. */
export function unmount(host: HTMLElement): void {
  act(() => render(null, host));
  host.remove();
  hosts.delete(host);
}

/**
 * Unmounts every host still mounted. Runs after each test automatically; a file that restores
 * real timers in its own afterEach calls it first, so components unmount while fake timers are still on.
 */
export function unmountAll(): void {
  for (const host of [...hosts]) unmount(host);
}

afterEach(unmountAll);
