import type { Localised } from '../i18n';
import type { LawKey } from './types';

/** Localised names of the laws and platform rules findings rest on (research §0). */
export const LAWS: Readonly<Record<LawKey, Localised>> = {
  yakki: { zh_CN: '药机法（药品医疗器械法）第66条', ja: '薬機法 第66条', en: 'PMD Act (Japan) Art. 66' },
  adStandard: { zh_CN: '医药品等适当广告基准', ja: '医薬品等適正広告基準', en: 'Fair Advertising Standards for Drugs etc.' },
  keihyo: { zh_CN: '景品表示法 第5条第1项（优良误认）', ja: '景品表示法 第5条1号（優良誤認）', en: 'Premiums and Representations Act Art. 5(1) (misleading quality)' },
  keihyoPrice: { zh_CN: '景品表示法 第5条第2项（有利误认）', ja: '景品表示法 第5条2号（有利誤認）', en: 'Premiums and Representations Act Art. 5(2) (misleading price/terms)' },
  premiums: { zh_CN: '景品表示法 第4条（赠品限制）', ja: '景品表示法 第4条（景品規制）', en: 'Premiums and Representations Act Art. 4 (premium limits)' },
  kenzo: { zh_CN: '健康增进法 第65条', ja: '健康増進法 第65条', en: 'Health Promotion Act Art. 65' },
  foodLabel: { zh_CN: '食品表示法・食品表示基准', ja: '食品表示法・食品表示基準', en: 'Food Labeling Act and Standards' },
  stema: { zh_CN: '隐性营销告示（2023年10月1日施行）', ja: 'ステマ告示（2023年10月1日施行）', en: 'Stealth Marketing Notice (in force 2023-10-01)' },
  origin: { zh_CN: '景品表示法 原产国告示', ja: '景品表示法 原産国告示', en: 'Country-of-origin Notice (Premiums and Representations Act)' },
  tiktok: { zh_CN: 'TikTok Shop 平台规则', ja: 'TikTok Shop ポリシー', en: 'TikTok Shop policy' },
};
