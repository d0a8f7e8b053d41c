/** Helpers to write the rule dictionary compactly: one research row ("family") → ja / zh / en variants. */
import type { Localised } from '../../i18n';
import { CATEGORY_IDS, type Category, type Kind, type LawKey, type Rule, type RuleException, type Severity } from '../types';

/** Particle + intensifier sellers put between a noun and its claim verb (シミ も きれいに 消えた, まつげが ぐんぐん 伸びる). */
export const ADV = '(?:が|を|も|に|は)?(?:きれいに|綺麗に|すっかり|みるみる(?:うちに)?|ぐんぐん|どんどん|しっかり|完全に|一気に|本当に|ほとんど)?';

export const ALL: readonly Category[] = CATEGORY_IDS;
export const FOODS: readonly Category[] = ['health_food', 'ffc', 'foshu', 'fnfc', 'food'];

export function allBut(...excluded: Category[]): readonly Category[] {
  return CATEGORY_IDS.filter((c) => !excluded.includes(c));
}

export function only(...included: Category[]): readonly Category[] {
  return CATEGORY_IDS.filter((c) => included.includes(c));
}

export interface Family {
  group: string;
  law: LawKey;
  severity: Severity;
  scopes: readonly Category[];
  explanation: Localised;
  alternatives: readonly string[];
  sources: readonly string[];
  kinds?: readonly Kind[];
  exceptions?: readonly RuleException[];
  cautionSafe?: boolean;
  efficacy?: boolean;
  unlessTextHas?: string;
  onlyWithEfficacy?: boolean;
}

export type Variant = [suffix: string, lang: Rule['lang'], patterns: readonly string[], overrides?: Partial<Omit<Rule, 'id' | 'group' | 'lang' | 'patterns'>>];

export function family(base: Family, variants: readonly Variant[]): Rule[] {
  return variants.map(([suffix, lang, patterns, overrides]) => ({
    ...base,
    ...overrides,
    id: `${base.group}-${suffix}`,
    lang,
    patterns,
  }));
}

export const near = (re: string, window?: number, categories?: readonly Category[]): RuleException => ({ re, mode: 'near', window, categories });
export const cover = (re: string, categories?: readonly Category[]): RuleException => ({ re, mode: 'cover', categories });

/** Source URLs (research notes; re-check against the live pages before relying on them). */
export const SRC = {
  makeup123: 'https://www.mhlw.go.jp/web/t_doc?dataId=00ta6994&dataType=1&pageNo=1',
  adStandard: 'https://kajo.co.jp/tameshiyomi/40727000001/pageindices/index29.html',
  adStandardSummary: 'https://www.suisovie.co.jp/?page_id=834',
  hiroshima: 'https://www.city.hiroshima.lg.jp/soshiki/70/14781.html',
  notice46: 'https://gyakubiki-yakki.com/category/law/health-promotion/',
  jciaAging: 'https://wellness-news.co.jp/posts/%e4%b8%80%e3%81%8b%e3%82%89%e3%82%8f%e3%81%8b%e3%82%8b%ef%bc%81%e5%8c%96%e7%b2%a7%e5%93%81%e5%ba%83%e5%91%8a%e8%a6%8f%e5%88%b6%ef%bd%9e%e4%b8%8a%e7%b4%9a%e7%b7%a8%ef%bc%88%e5%89%8d%ef%bc%89',
  snsNg: 'https://trami.jp/help.php?help_id=58',
  tiktokTh: 'https://seller-th.tiktok.com/university/essay?knowledge_id=4924400659187458&lang=en',
  tiktokVn: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=6837770400581377&lang=en',
  tiktokCn: 'https://www.tikotu.com/hfju4/',
  detox: 'https://life-lighter.com/yakkiho/yakkiho-detox',
  cosme56: 'https://cftc.jp/kiyaku/kiyaku02-3.html',
  cosmeTop10: 'https://www.yakkihou-writing.net/column/cosme-top10',
  whitening: 'https://pasonoob.com/pharmaceutical-ai-check',
  quasiDrug: 'https://sccj-ifscc.com/library/glossary_detail/1795',
  mildness: 'https://life-lighter.com/tag/%E3%81%84%E3%81%84%E3%81%8B%E3%81%88/page/2',
  ngOkPairs: 'https://yakujihou-marketing.net/archives/3150',
  tiktokMakeup: 'https://seller-th.tiktok.com/university/essay?knowledge_id=6837792713967361&lang=en',
  penetration: 'https://life-lighter.com/tag/%E5%8C%96%E7%B2%A7%E5%93%81/page/2',
  kenzoExamples: 'http://medical-diet.jp/%e3%82%b5%e3%83%97%e3%83%aa%e6%a6%82%e8%ab%96%ef%bc%91%ef%bc%97%ef%bc%94%e3%80%80%e5%81%a5%e5%ba%b7%e5%a2%97%e9%80%b2%e6%b3%95%e3%81%a7%e8%a6%8f%e5%88%b6%e3%81%95%e3%82%8c%e3%82%8b%e8%a1%a8%e7%a4%ba',
  dietNg: 'https://gyakubiki-yakki.com/healthproduct_diet/',
  ffcAds: 'https://www.yakujihou.com/kinousei/adpoint/',
  ffcProblems: 'http://medical-diet.jp/%e3%82%b5%e3%83%97%e3%83%aa%e6%a6%82%e8%ab%96%ef%bc%91%ef%bc%98%ef%bc%95%e3%80%80%e6%a9%9f%e8%83%bd%e6%80%a7%e8%a1%a8%e7%a4%ba%e9%a3%9f%e5%93%81%e3%81%a7%e5%95%8f%e9%a1%8c%e3%81%a8%e3%81%aa%e3%82%8b',
  cognition: 'https://life-lighter.com/yakkiho/yakkiho-nitisyo',
  tiktokJpCategories: 'http://caishen.com/baike/1244.html',
  no1: 'https://www.businesslawyers.jp/practices/153',
  no1Survey: 'https://www.masahiro-ishida.com/post-18825',
  superlatives: 'https://houritsushoku.com/archives/no1-ad-display-superlative-expression.html',
  fusinjitsu: 'https://www.saitama-bengoshi.com/?p=41817',
  spaceDisinfection: 'https://www.iza.ne.jp/article/20230120-YO6MEPRZQZJILMEDCEHM5VVZNM/',
  origin: 'https://www.caa.go.jp/policies/policy/representation/fair_labeling/representation_regulation/case_005',
  comparison: 'https://89ji.com/?p=358',
  hairRemoval: 'https://beaker.media/blogs/aesthetic-yakki-hair-removal',
  eightWeeks: 'https://arrins.com/?p=229',
  priceGuideline: 'http://cm-kousa.jp/cmkousa017/',
  futurePrice: 'https://innoventier.com/archives/2021/02/11421',
  limitedTime: 'https://www.city-yuwa.com/explain/ex_glossary/detail/antitrust02.html',
  premiums: 'https://keihin-park.com/smp/freepage_detail.php?cid=101660&fid=654&pcflg=1',
  tiktokGiveaway: 'https://seller-th.tiktok.com/university/essay?knowledge_id=4881274146408193&lang=en',
  disclaimerSurvey: 'https://news.mynavi.jp/article/20170720-caa/3',
  disclaimerOrder: 'https://fukuri-law.lsv.jp/qa/%E6%B3%95%E5%BE%8B/9345/',
  stema: 'https://blog.netadreport.com/2023/03/10.html',
  stemaUnclear: 'https://2ndmedia.info/archives/340667',
  stemaWording: 'https://prsj.or.jp/faqs/ステルスマーケティング',
  tiktokDisclosure: 'https://support.tiktok.com/ja/business-and-creator/creator-and-business-accounts/branded-content-on-tiktok',
  tiktokMisleading: 'https://seller-th.tiktok.com/university/essay?knowledge_id=4881274146408193&lang=en',
  tiktokAdsJa: 'https://ads.tiktok.com/help/article/tiktok-ads-policy-misleading-and-false-content?lang=ja',
  tiktokCnPolicy: 'http://doyin.net/yunyingtuiguang/23328.html',
  tiktokJpGuide: 'https://www.adspolar.com/cn-blog/docs/tiktok-shop-japan-product-restrictions-and-listing-guide',
} as const;
