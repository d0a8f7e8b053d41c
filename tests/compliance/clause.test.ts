import { describe, expect, it } from 'vitest';
import { checkCopy, type Category } from '../../lib/compliance';
import { formPattern, isNegatedAt, verbsPattern } from '../../lib/compliance/deinflect';

const spans = (text: string, category: Category = 'general') =>
  checkCopy(text, { category, kind: 'listing' }).findings.map((f) => f.matched);
const groups = (text: string, category: Category = 'general') =>
  checkCopy(text, { category, kind: 'listing' }).findings.map((f) => f.group);

describe('deinflector', () => {
  it('expands godan, ichidan and noun forms, folding katakana', () => {
    const godan = new RegExp(formPattern('治る', 'godan'));
    for (const s of ['治る', '治った', '治ります', '治らない', '治れば']) expect(godan.test(s), s).toBe(true);
    const ichidan = new RegExp(formPattern('消える', 'ichidan'));
    for (const s of ['消える', '消えた', '消えて', '消えます', '消えない']) expect(ichidan.test(s), s).toBe(true);
    expect(ichidan.test('消え')).toBe(false);
    expect(new RegExp(verbsPattern([[['治る', 'なおる'], 'godan']])).test('なおった')).toBe(true);
    expect(new RegExp(formPattern('リフトアップ', 'noun')).source).toBe('りふとあっぷ');
  });

  it('sees a negative ending after a stem', () => {
    expect(isNegatedAt('消えない', 2)).toBe(true);
    expect(isNegatedAt('治りません', 2)).toBe(true);
    expect(isNegatedAt('消えた', 2)).toBe(false);
  });
});

describe('clause-level matching (issue 15 examples)', () => {
  it('allows words between the target and the predicate, and maps spans to the original text', () => {
    const text = '毛穴の黒ずみが3日でスッキリ消える';
    const findings = checkCopy(text, { category: 'cosmetic', kind: 'listing' }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.matched);
    expect(spans('お腹まわりがたった2週間でぐんと細くなる', 'health_food').join('')).toContain('細くなる');
  });

  it('flags sufferer targeting without a cure verb', () => {
    expect(groups('花粉症でお悩みの方に', 'health_food')).toContain('A06');
    expect(groups('胃腸が弱い方にも', 'health_food')).toContain('A06');
    expect(groups('便秘ぎみの方に', 'food')).toContain('A06');
  });

  it('handles verb and kana variants in one place', () => {
    for (const t of ['腰痛がなおる', '関節痛をなおす', '肩こりがよくなる', '血圧がさがる', 'シミが消え去る', 'ニキビがすっかり治った'])
      expect(groups(t, 'health_food').length, t).toBeGreaterThan(0);
  });

  it('flags speed and time claims with any noun', () => {
    for (const t of ['一瞬で角栓が剥がれる', '数秒でシワが消える', '〇日で古い角質が剥がれる', '5日で古い角質がポロっと剥がれる', 'シミが一瞬で…'])
      expect(groups(t, 'cosmetic'), t).toContain('A12');
  });

  it('knows the regulators\' staple phrases', () => {
    expect(groups('燃える体をつくる', 'food')).toContain('C03');
    expect(groups('代謝アップで', 'food')).toContain('C03');
    expect(groups('脂肪の吸収をブロック', 'food')).toContain('C03');
    expect(groups('目元アップ', 'cosmetic')).toContain('B11');
    expect(groups('ウエストがキュッとくびれる', 'health_food')).toContain('B11');
  });

  it('reads masked and varied numbers, permanence and transformation', () => {
    for (const t of ['-○kg', '−△cm', '〇kg減', 'ひと月で-3.5kg']) expect(groups(t, 'health_food'), t).toContain('C01');
    expect(groups('二度と戻らない', 'cosmetic')).toContain('D07');
    expect(groups('別人のような肌に', 'cosmetic')).toContain('A21');
  });

  it('leaves ordinary and permitted wording alone', () => {
    const ok: Array<[string, Category]> = [
      ['毛穴の汚れを落とす洗顔料', 'cosmetic'],
      ['肌のうるおいアップ', 'cosmetic'],
      ['本体が小さくなって持ち運びやすい', 'electronics'],
      ['笑顔が増える毎日に', 'general'],
      ['3日でお届けします', 'general'],
      ['3秒で髪が乾くドライヤー', 'electronics'],
      ['まつ毛が長く見えるマスカラ', 'cosmetic'],
      ['メイクが落ちにくい', 'cosmetic'],
      ['お楽しみがなくなる', 'general'],
      ['フケ、カユミがとれる。', 'cosmetic'],
      ['（洗浄により）ニキビ、アセモを防ぐ（洗顔料）。', 'cosmetic'],
      ['歯周炎の予防、むし歯を防ぐ', 'quasi_drug'],
      ['GABAには血圧が高めの方の血圧を下げる機能があることが報告されています。', 'ffc'],
      ['体型カバー 着痩せ ワンピース', 'apparel'],
      ['ろうそくの燃焼時間は約8時間', 'household'],
      ['衣類のシミが落ちる', 'household'],
    ];
    for (const [t, c] of ok) expect(spans(t, c), t).toEqual([]);
  });
});

describe('food cautions and disease names', () => {
  it('flags a bare disease name in food copy but not a caution that names one', () => {
    expect(groups('不眠、気分安定に', 'health_food')).toContain('A06');
    expect(spans('妊娠中・授乳中の方、糖尿病などで通院中の方は医師にご相談ください。', 'health_food')).toEqual([]);
    expect(spans('花粉症の季節のお出かけに', 'apparel')).toEqual([]);
  });
});
