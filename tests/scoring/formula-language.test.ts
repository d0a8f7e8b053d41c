/**
 * Formulas and explanations reach sellers in their language: no developer notation ("median(likes_i ÷ views_i)",
 * "count(…)", English measure names) inside a Chinese or Japanese warning, component or UI string.
 */
import { describe, expect, it } from 'vitest';
import { messages, type Localised } from '../../lib/i18n';
import { assessCreator, type Assessment } from '../../lib/scoring';
import * as F from '../../lib/scoring/formulas';
import { FIXTURE_NOW, listCreators, visitedCreator } from './fixture-creators';
import { NOW, honestProfile, listRow, makeProfile, type ListLabel } from './generator';

/** English words and notation a formula would carry; GMV and GPM are the platform's own terms in every language. */
const ENGLISH_FORMULA = /\b(median|mean|count|likes?|views?|comments?|shares?|followers?|units|videos?|engagement|platform|score|rate|MAD|of)\b|\w_i\b|[a-z]\(/i;

function localisedTexts(a: Assessment): Array<{ where: string; text: Localised }> {
  return [
    ...a.signals.flatMap((s) => [{ where: `${s.id} formula`, text: s.formula }, { where: `${s.id} message`, text: s.message }]),
    ...a.breakdown.components.map((c) => ({ where: `${c.id} component`, text: c.formula })),
  ];
}

function expectSellerWords(where: string, text: Localised): void {
  for (const lang of ['zh_CN', 'ja'] as const) expect(text[lang], `${where} (${lang})`).not.toMatch(ENGLISH_FORMULA);
  expect(text.en, `${where} (en)`).not.toMatch(/\w_i\b|median\(|count\(/);
}

describe('formulas in the seller\'s language', () => {
  it('the pattern catches the notation it is meant to catch', () => {
    for (const bad of ['median(likes_i ÷ views_i)', '每条 count(videos)', '点赞 ÷ views', 'engagement rate (platform)']) expect(bad).toMatch(ENGLISH_FORMULA);
    expect('每条视频 点赞 ÷ 播放 的中位数（GMV）').not.toMatch(ENGLISH_FORMULA);
  });

  it('every formula the scoring model can show is written in zh_CN, ja and en words', () => {
    const texts: Array<[string, Localised]> = [];
    for (const profile of [false, true]) {
      for (const [key, text] of Object.entries(F.formulasFor(profile))) texts.push([`${key} (profile ${profile})`, text]);
    }
    const measures: F.Measure[][] = [['likes'], ['likes', 'comments'], ['likes', 'comments', 'shares']];
    for (const m of measures) texts.push([`per video ${m}`, F.perVideoMedian(m, 'views')], [`medians ${m}`, F.ratioOfMedians(m, 'views')]);
    texts.push(['insufficient', F.insufficientFormula(6)], ['er bound', F.platformErBound], ['fit', F.FIT_FORMULA], ['platform er', F.PLATFORM_ER]);
    texts.push(['views above followers', F.viewsAboveFollowersFormula(F.formulasFor(false).reach, F.PLATFORM_ER, 3, 0.01)]);
    texts.push(['engagement', F.engagementFormula(F.perVideoMedian(['likes'], 'views'), F.formulasFor(true).commentLike, 0.6, 0.4)]);
    for (const [where, text] of texts) {
      expectSellerWords(where, text);
      for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(text[lang].trim(), `${where} ${lang}`).not.toBe('');
    }
  });

  it('no English formula reaches a zh or ja warning, explanation or component of any assessed creator', () => {
    const assessments: Assessment[] = [];
    for (const creator of listCreators().values()) {
      assessments.push(assessCreator(creator, { now: FIXTURE_NOW }), assessCreator(visitedCreator(creator), { now: FIXTURE_NOW }));
    }
    for (let seed = 1; seed <= 40; seed++) assessments.push(assessCreator(honestProfile(seed), { now: NOW }));
    for (const label of ['honest', 'bought_views', 'bought_likes', 'bought_followers'] as ListLabel[]) {
      for (let seed = 1; seed <= 20; seed++) assessments.push(assessCreator(listRow(seed, label), { now: NOW }));
    }
    // too few videos: the "not enough data" explanation
    assessments.push(assessCreator(makeProfile({ seed: 5, followers: 12_000, videoCount: 2, medianViews: 3_000, likeView: 0.05, commentLike: 0.03 }), { now: NOW }));
    let checked = 0;
    const signalIds = new Set<string>();
    for (const a of assessments) {
      for (const { where, text } of localisedTexts(a)) {
        if (!text.en) continue;
        expectSellerWords(where, text);
        checked++;
      }
      for (const s of a.signals) signalIds.add(s.id);
    }
    // the run must have exercised many different warnings, or it proves little
    expect(signalIds.size).toBeGreaterThanOrEqual(5);
    expect(checked).toBeGreaterThan(500);
  });

  it('no UI string in zh_CN or ja carries developer formula notation', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const lang of ['zh_CN', 'ja'] as const) expect(entry[lang], key).not.toMatch(/\w_i\b|\b(median|mean|count)\(/i);
    }
  });
});
