import { describe, expect, it } from 'vitest';
import { redactShape } from '../../lib/seller-center';

describe('redactShape', () => {
  it('replaces every value by its type and keeps field names', () => {
    const body = { code: 0, message: 'success', creator_profile_list: [{ handle: { value: 'sakura_beauty_jp', is_authorized: true, status: 0 }, follower_cnt: { value: '48210' } }], ok: null };
    expect(redactShape(body)).toBe('{code:number,message:string,creator_profile_list:[{handle:{value:string,is_authorized:boolean,status:number},follower_cnt:{value:string}}]×1,ok:null}');
  });
  it('never shows ids, names or data-like keys', () => {
    const body = { options: { '7494000000000000001': { name: 'さくら' }, 'さくら美容': 1, '<script>': 2 }, list: ['7494000000000000001', 5] };
    const text = redactShape(body);
    expect(text).not.toMatch(/7494|さくら|script|5\]/);
    expect(text).toContain('<key>');
    expect(text).toContain('list:[string | number]×2');
  });
  it('describes the union of the first array items', () => {
    expect(redactShape([{ a: 1 }, { b: 'x' }, { a: 2 }])).toBe('[{a:number} | {b:string}]×3');
    expect(redactShape([])).toBe('[]');
  });
  it('survives deep nesting, cycles and primitives', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(redactShape(deep)).toContain('{…}');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redactShape(cyclic)).toBe('{a:number,self:<cycle>}');
    expect(redactShape(undefined)).toBe('undefined');
    expect(redactShape('secret')).toBe('string');
    expect(redactShape(42)).toBe('number');
  });
  it('bounds the output length', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) wide[`field_${i}`] = { nested: { more: [i, String(i)] } };
    const text = redactShape(wide);
    expect(text).toContain('…+440 keys');
    expect(text.length).toBeLessThanOrEqual(6_001);
  });
});
