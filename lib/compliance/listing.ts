/**
 * TikTok Shop Japan listing rules for the title and description fields, as public sources report them (no JP Seller
 * Center policy page was found; research japan.md "Listing rules"): titles in Japanese (brand names may be English);
 * no promotions, URLs, shop names, "TikTok" or special symbols in titles; descriptions of at least 30 characters.
 * Each rule carries its source so the popup can show it. Pure functions.
 */
import type { Localised } from '../i18n';
import { checkJapanese } from './japanese';

/** Third-party summary of the TikTok Shop JP listing rules (cifnews, seen 2026-11-30). [3P] */
export const LISTING_RULES_SOURCE = 'https://www.cifnews.com/article/176501';

/** Minimum description length, in characters (whitespace not counted). */
export const DESCRIPTION_MIN_CHARS = 30;

export type ListingRuleId = 'title_japanese' | 'title_promotion' | 'title_url' | 'title_shop' | 'title_tiktok' | 'title_symbols' | 'description_length';

export interface ListingRuleResult {
  id: ListingRuleId;
  field: 'title' | 'description';
  ok: boolean;
  /** The offending text (or "12/30" for the length rule); empty when ok. */
  evidence: string;
  label: Localised;
  source: string;
}

const PROMOTION_RE = /セール|sale|割引|\d+\s*%\s*off|\boff\b|半額|クーポン|送料無料|特価|値下げ|激安|最安|今だけ|期間限定|限定価格|ポイント\s*\d+\s*倍|おまけ|特典|包邮|优惠|促销|打折|折扣|秒杀/i;
const URL_RE = /https?:\/\/\S+|www\.\S+|\b[\w-]+\.(?:com|jp|cn|net|co\.jp|shop|store)\b/i;
const SHOP_RE = /【[^】]*(?:ショップ|ストア|shop|store|店)[^】]*】|(?:公式|オフィシャル)(?:ショップ|ストア)|official\s*(?:shop|store)|旗舰店|专卖店|专营店|直営店/i;
const TIKTOK_RE = /tik\s*tok|ティックトック|ティックトク|抖音/i;
/** Decorative symbols and emoji; 【】 and ・ are ordinary Japanese title punctuation and are not counted. [G] */
const SYMBOL_RE = /[★☆♪♫♡♥❤◆◇■□●◎♦✨✔✅‼⁉❗❕→⇒➡🔥💕]|\p{Extended_Pictographic}|[!！]{2,}/u;

const LABELS: Readonly<Record<ListingRuleId, Localised>> = {
  title_japanese: { zh_CN: '标题使用日语（品牌名可用英文）', ja: 'タイトルは日本語（ブランド名は英語可）', en: 'Title in Japanese (brand names may be English)' },
  title_promotion: { zh_CN: '标题中不含促销信息', ja: 'タイトルに販促文言を入れない', en: 'No promotions in the title' },
  title_url: { zh_CN: '标题中不含网址', ja: 'タイトルにURLを入れない', en: 'No URLs in the title' },
  title_shop: { zh_CN: '标题中不含店铺名', ja: 'タイトルにショップ名を入れない', en: 'No shop names in the title' },
  title_tiktok: { zh_CN: '标题中不含"TikTok"', ja: 'タイトルに「TikTok」を入れない', en: 'No "TikTok" in the title' },
  title_symbols: { zh_CN: '标题中不含特殊符号和表情', ja: 'タイトルに特殊記号・絵文字を入れない', en: 'No special symbols or emoji in the title' },
  description_length: { zh_CN: `商品描述至少${DESCRIPTION_MIN_CHARS}个字符`, ja: `商品説明は${DESCRIPTION_MIN_CHARS}文字以上`, en: `Description of at least ${DESCRIPTION_MIN_CHARS} characters` },
};

function result(id: ListingRuleId, field: 'title' | 'description', evidence: string): ListingRuleResult {
  return { id, field, ok: evidence === '', evidence, label: LABELS[id], source: LISTING_RULES_SOURCE };
}

const first = (re: RegExp, text: string): string => re.exec(text)?.[0] ?? '';

/** Results for every rule, in display order. An empty field passes its rules (nothing to judge yet). */
export function checkListingRules(title: string, description: string): ListingRuleResult[] {
  const t = typeof title === 'string' ? title.trim() : '';
  const d = typeof description === 'string' ? description : '';
  const notJapanese = t !== '' && checkJapanese(t, true).some((i) => i.kind === 'not_japanese');
  const dLength = [...d.replace(/\s+/g, '')].length;
  return [
    result('title_japanese', 'title', notJapanese ? t : ''),
    result('title_promotion', 'title', first(PROMOTION_RE, t)),
    result('title_url', 'title', first(URL_RE, t)),
    result('title_shop', 'title', first(SHOP_RE, t)),
    result('title_tiktok', 'title', first(TIKTOK_RE, t)),
    result('title_symbols', 'title', first(SYMBOL_RE, t)),
    result('description_length', 'description', d.trim() !== '' && dLength < DESCRIPTION_MIN_CHARS ? `${dLength}/${DESCRIPTION_MIN_CHARS}` : ''),
  ];
}
