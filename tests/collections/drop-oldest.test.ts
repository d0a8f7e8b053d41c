import { describe, expect, it } from 'vitest';
import { dropOldest } from '../../lib/collections';

describe('dropOldest', () => {
  it('keeps the newest entries of a Map or Set, in insertion order', () => {
    const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
    dropOldest(map, 2);
    expect([...map.keys()]).toEqual(['b', 'c']);
    const set = new Set([1, 2, 3, 4]);
    dropOldest(set, 1);
    expect([...set]).toEqual([4]);
    dropOldest(set, 5);
    expect([...set]).toEqual([4]);
  });
});
