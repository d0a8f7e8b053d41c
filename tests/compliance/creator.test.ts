import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../lib/compliance';

const script = (text: string) => checkCopy(text, { category: 'cosmetic', kind: 'creator_script' }).findings;
const ids = (text: string) => script(text).map((f) => f.ruleId);

describe('creator script disclosure (ステマ告示, 2023-10-01)', () => {
  it('accepts a clear disclosure up front', () => {
    expect(ids('【PR】この化粧水、しっとりして好き')).toEqual([]);
    expect(ids('#PR 〇〇様から商品提供を受けています\n使ってみた感想です')).toEqual([]);
    expect(ids('広告　今日はこの化粧水を紹介します')).toEqual([]);
    expect(ids('プロモーションを含みます。化粧水のレビュー')).toEqual([]);
    expect(ids('Sponsored: my new favourite toner')).toEqual([]);
  });

  it('flags an absent disclosure at offsets 0–0 and suggests inserting one', () => {
    const findings = script('この化粧水、しっとりして好き');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.ruleId).toBe('H01-missing');
    expect([f.start, f.end, f.matched]).toEqual([0, 0, '']);
    expect(f.severity).toBe('high');
    expect(f.law.ja).toContain('ステマ');
    expect(f.alternatives[0]).toBe('【PR】');
  });

  it('flags a late disclosure (past the first line and first 40 chars) on the token itself', () => {
    const text = 'この化粧水、しっとりして好き。朝晩使っていて、肌の調子がいい気がする。みんなも使ってみてね\n#PR';
    const findings = script(text);
    expect(findings.map((f) => f.ruleId)).toEqual(['H03-buried']);
    const f = findings[0]!;
    expect(f.start).toBe(text.indexOf('#PR'));
    expect(f.matched).toBe('#PR');
  });

  it('flags a disclosure buried after many hashtags', () => {
    expect(ids('#美容 #スキンケア #化粧水 #おすすめ #購入品 #PR 最高')).toContain('H03-buried');
  });

  it('flags denials, and a denial does not count as a disclosure', () => {
    const text = '広告じゃないよ、自腹で買った化粧水';
    const findings = script(text);
    expect(findings.map((f) => f.ruleId)).toEqual(['H01-missing', 'H02-ja', 'H02-ja-self']);
    expect(findings[1]!.matched).toBe('広告じゃない');
    expect(findings[2]!.matched).toBe('自腹で買った');
    expect(ids('不是广告，真心推荐')).toContain('H02-zh');
    expect(ids('#ad Not sponsored, I just love it')).toEqual(['H02-en']);
  });

  it('only checks disclosure for creator scripts; 自腹 alone is not flagged in a listing', () => {
    expect(checkCopy('この化粧水、しっとり', { category: 'cosmetic', kind: 'listing' }).findings).toEqual([]);
    expect(checkCopy('自腹で買った', { category: 'cosmetic', kind: 'listing' }).findings).toEqual([]);
  });

  it('flags ambiguous tags as low, with the missing-disclosure finding', () => {
    expect(ids('#ambassador 新作の化粧水')).toEqual(['H01-missing', 'H04-ambiguous']);
  });
});

describe('disclaimers are no shield (research G01)', () => {
  it('adds an info finding next to an efficacy claim and keeps that claim high', () => {
    const text = 'シミが消える！※個人の感想です';
    const { findings, counts } = checkCopy(text, { category: 'cosmetic', kind: 'listing' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['B01-ja', 'high'],
      ['G01-ja', 'info'],
    ]);
    expect(findings[1]!.matched).toBe('※個人の感想です');
    expect(findings[1]!.explanation.ja).toContain('打ち消しません');
    expect(counts.high).toBe(1);
  });

  it('says nothing about a disclaimer when there is no efficacy claim', () => {
    expect(checkCopy('使い心地がいい。※効果には個人差があります', { category: 'cosmetic', kind: 'listing' }).findings).toEqual([]);
  });

  it('same severity with or without the disclaimer', () => {
    const bare = checkCopy('飲むだけで痩せる', { category: 'health_food', kind: 'listing' }).findings[0]!;
    const withNote = checkCopy('飲むだけで痩せる※効果には個人差があります', { category: 'health_food', kind: 'listing' }).findings[0]!;
    expect(withNote.severity).toBe(bare.severity);
  });
});

describe('disclosure by position (issue 15)', () => {
  it('a tag at the end of a one-line script is not up front', () => {
    const text = 'この美容液、塗った瞬間に毛穴が目立たなくなる！ #PR';
    const f = script(text).find((x) => x.group === 'H03');
    expect(f?.matched).toBe('#PR');
    expect(ids('この化粧水、しっとりして毎日使っています #PR')).toContain('H03-buried');
  });

  it('a disclosure must come before the first claim, even near the start', () => {
    expect(ids('シミが消える #PR')).toContain('H03-buried');
    expect(ids('#PR シミが消える')).not.toContain('H03-buried');
  });

  it('accepts a short greeting before the tag', () => {
    expect(ids('こんにちは！#PR 今日は化粧水の紹介')).toEqual([]);
  });
});
