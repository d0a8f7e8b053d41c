// @vitest-environment happy-dom
/** Hosts placed in the page's rows, and taking them all away when the content script stops (extension updated). */
import { afterEach, describe, expect, it } from 'vitest';
import { createInlineHosts } from '../../components/page/inline-host';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inline hosts', () => {
  it('reuses a connected host, and removeAll takes away every host it placed, and only those', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"><mitate-badge id="other"></mitate-badge></div>';
    const hosts = createInlineHosts('');
    const a = document.getElementById('a')!;
    const first = hosts.ensure(a, 'mitate-badge');
    expect(hosts.ensure(a, 'mitate-badge')).toBe(first);
    hosts.ensure(a, 'mitate-chip');
    hosts.ensure(document.getElementById('b')!, 'mitate-badge');
    expect(document.querySelectorAll('mitate-badge, mitate-chip')).toHaveLength(4);
    hosts.removeAll();
    // the one another script instance placed (here: the page's own element of that name) stays
    expect([...document.querySelectorAll('mitate-badge, mitate-chip')].map((el) => el.id)).toEqual(['other']);
    // and a host is made anew where one is wanted again
    expect(hosts.ensure(a, 'mitate-badge')).not.toBe(first);
  });
});
