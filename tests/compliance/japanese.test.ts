import { describe, expect, it } from 'vitest';
import { checkJapanese, toJapaneseForm } from '../../lib/compliance/japanese';
import { checkListingRules, DESCRIPTION_MIN_CHARS, LISTING_RULES_SOURCE } from '../../lib/compliance/listing';

describe('Japanese that reads as Japanese', () => {
  it('flags simplified glyphs Japanese does not use and offers the Japanese glyph', () => {
    const issues = checkJapanese('高品质の护肤クリーム、优れた保湿');
    expect(issues.filter((i) => i.kind === 'glyph').map((i) => `${i.matched}→${i.suggestion}`)).toEqual(['质→質', '护→護', '肤→膚', '优→優']);
    for (const i of issues) expect('高品质の护肤クリーム、优れた保湿'.slice(i.start, i.end)).toBe(i.matched);
  });

  it('flags Chinese punctuation where Japanese uses 、。', () => {
    const issues = checkJapanese('保湿クリーム，しっとり；毎日使える！');
    expect(issues.filter((i) => i.kind === 'punctuation').map((i) => `${i.matched}→${i.suggestion}`)).toEqual(['，→、', '；→。', '！→。']);
    // Ordinary Japanese exclamation marks alone are fine.
    expect(checkJapanese('しっとり保湿！毎日使える！')).toEqual([]);
  });

  it('flags Chinese-only words with the word Japanese listings use, not their glyphs twice', () => {
    const issues = checkJapanese('新款连衣裙 包邮');
    expect(issues.map((i) => `${i.kind}:${i.matched}→${i.suggestion}`)).toEqual(['word:新款→新作', 'word:连衣裙→ワンピース', 'word:包邮→送料無料']);
  });

  it('says when a title is not Japanese at all, but accepts an English brand beside Japanese', () => {
    expect(checkJapanese('Wireless Earbuds Bluetooth 5.3', true).map((i) => i.kind)).toEqual(['not_japanese']);
    expect(checkJapanese('无线蓝牙耳机', true).map((i) => i.kind)).toContain('not_japanese');
    expect(checkJapanese('Anker ワイヤレスイヤホン', true)).toEqual([]);
  });

  it('applies the Japanese forms', () => {
    const text = '高品质，护肤精华';
    expect(toJapaneseForm(text, checkJapanese(text))).toBe('高品質、護膚美容液');
  });

  it('leaves ordinary Japanese alone', () => {
    for (const t of ['化粧水 保湿 ヒアルロン酸 セラミド配合 乾燥肌 うるおい キメを整える 200ml', '原産国：日本', '発送は3日以内です。']) expect(checkJapanese(t, true), t).toEqual([]);
  });
});

describe('TikTok Shop Japan listing rules', () => {
  const failing = (title: string, description = 'この化粧水は保湿成分をたっぷり配合し、毎日のお手入れに使いやすい大容量サイズです。') =>
    checkListingRules(title, description).filter((r) => !r.ok).map((r) => r.id);

  it('passes a clean Japanese title and a long enough description, each rule with its source', () => {
    const results = checkListingRules('Anker ワイヤレスイヤホン Bluetooth5.3 防水', 'ノイズキャンセリング対応、最大30時間再生、IPX7防水のワイヤレスイヤホンです。');
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results).toHaveLength(7);
    for (const r of results) expect(r.source).toBe(LISTING_RULES_SOURCE);
  });

  it('flags each title rule', () => {
    expect(failing('Wireless Earbuds')).toEqual(['title_japanese']);
    expect(failing('保湿クリーム 50%OFF 送料無料')).toEqual(['title_promotion']);
    expect(failing('保湿クリーム https://example.com')).toEqual(['title_url']);
    expect(failing('【ミタテ公式ショップ】保湿クリーム')).toEqual(['title_shop']);
    expect(failing('TikTokで話題の保湿クリーム')).toEqual(['title_tiktok']);
    expect(failing('★人気★保湿クリーム✨')).toEqual(['title_symbols']);
  });

  it(`requires descriptions of ${DESCRIPTION_MIN_CHARS} characters or more`, () => {
    const [r] = checkListingRules('', '保湿クリームです').filter((x) => x.id === 'description_length');
    expect(r!.ok).toBe(false);
    expect(r!.evidence).toBe(`8/${DESCRIPTION_MIN_CHARS}`);
    expect(checkListingRules('', '').every((x) => x.ok)).toBe(true);
  });
});
