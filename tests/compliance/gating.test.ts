import { describe, expect, it } from 'vitest';
import { checkCopy, type Category } from '../../lib/compliance';

const groups = (text: string, category: Category) => checkCopy(text, { category, kind: 'listing' }).findings.map((f) => f.group);

describe('category gating (research §K)', () => {
  it('美白 is fine for a quasi-drug with the melanin wording, not for a cosmetic', () => {
    const text = '薬用美白クリーム。メラニンの生成を抑え、シミ・そばかすを防ぐ';
    expect(groups(text, 'quasi_drug')).toEqual([]);
    expect(groups(text, 'cosmetic')).toEqual(['B16', 'B03', 'B03']);
  });

  it('a quasi-drug saying 美白 without the footnote gets a low note only', () => {
    const { findings } = checkCopy('薬用美白ローション', { category: 'quasi_drug', kind: 'listing' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['B03-qd-note', 'low']]);
  });

  it('spot removal is never allowed, even for a quasi-drug', () => {
    expect(groups('シミが消える', 'quasi_drug')).toEqual(['B01']);
    expect(groups('シミが消える', 'cosmetic')).toEqual(['B01']);
  });

  it('health food may not claim disease effects; FFC may state a notified function but not cure', () => {
    expect(groups('糖の吸収を抑える', 'health_food')).toEqual(['C03']);
    expect(groups('糖の吸収を抑える', 'ffc')).toEqual([]);
    expect(groups('血糖値が気になる方に', 'ffc')).toEqual([]);
    expect(groups('血糖値が気になる方に', 'food')).toEqual(['C05']);
    expect(groups('糖尿病が治る', 'ffc')).toContain('A01');
  });

  it('antioxidant wording is allowed in the nutrient-function statement only', () => {
    expect(groups('抗酸化作用を持つ栄養素です', 'fnfc')).toEqual([]);
    expect(groups('抗酸化作用を持つ栄養素です', 'health_food')).toEqual(['C18']);
  });

  it('育毛 is a quasi-drug claim, 発毛 is drug-only', () => {
    expect(groups('育毛剤', 'quasi_drug')).toEqual([]);
    expect(groups('育毛剤', 'cosmetic')).toEqual(['B09']);
    expect(groups('発毛促進', 'quasi_drug')).toEqual(['B09']);
  });

  it('skin disinfection is for quasi-drugs; household goods are judged on evidence rules instead', () => {
    expect(groups('殺菌成分配合', 'quasi_drug')).toEqual([]);
    expect(groups('殺菌成分配合', 'cosmetic')).toEqual(['B06']);
  });

  it('完全防水 passes for electronics but not as a general absolute', () => {
    expect(groups('完全防水', 'electronics')).toEqual([]);
    expect(groups('完全防水', 'general')).toEqual(['D05']);
  });

  it('laundry stains pass for household; an apparel sizing word is not a slimming claim, but a slimming promise is', () => {
    expect(groups('衣類のシミが消える', 'household')).toEqual([]);
    expect(groups('痩せ見えパンツ', 'apparel')).toEqual([]);
    expect(groups('履くだけで痩せるレギンス', 'apparel')).toEqual(['C02']);
  });

  it('medical devices may name treatment, everything else may not', () => {
    expect(groups('腰痛の治療に', 'medical_device')).toEqual([]);
    expect(groups('腰痛の治療に', 'beauty_device')).toEqual(['A06']);
    expect(groups('治療レベルのケア', 'beauty_device')).toEqual(['A02']);
  });

  it('業界最安 is flagged even with a stated basis (the basis does not remove the need for evidence)', () => {
    expect(groups('業界最安（当社調べ）', 'general')).toEqual(['E06', 'G03']);
  });
});
