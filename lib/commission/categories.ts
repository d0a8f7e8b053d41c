/**
 * The one place where a category as seen on Seller Center pages becomes a benchmark category id.
 * Pages show categories as English names ("Beauty & Personal Care"), Japanese names (美容・パーソナルケア),
 * Chinese names (美妆个护), starling keys ("magellan_601450") or bare L1 ids ("601450").
 * Only Beauty's L1 id is confirmed (S2 app/config.py, ids in
 * lib/seller-center/SOURCES.md); everything else matches by
 * keyword and is a guess [G]. A wrong guess only lands on the 'other' band or a neighbouring band.
 */
import type { BenchmarkCategoryId } from './benchmarks-jp';

/** L1 category ids of TikTok's global tree. Beauty is [C]; add others only when seen on a real JP page. */
const L1_IDS: Record<string, BenchmarkCategoryId> = {
  '601450': 'beauty', // [C] S2 app/config.py (lib/seller-center/SOURCES.md): Beauty L1 601450, starling_key magellan_601450
};

/**
 * Keyword rules, tried in order (first match wins), so narrower categories come before broader ones:
 * supplements before health ("健康食品"), electronics before home ("Household Appliances", "生活家電").
 * ASCII words match at a word start; CJK fragments match anywhere. All [G].
 */
const KEYWORD_RULES: ReadonlyArray<{ id: BenchmarkCategoryId; words: string[] }> = [
  { id: 'supplements', words: ['supplement', 'vitamin', 'サプリ', '健康食品', '保健品', '营养品', '膳食补充'] },
  { id: 'beauty', words: ['beauty', 'personal care', 'makeup', 'skincare', 'skin care', 'cosmetic', 'fragrance', '美容', 'コスメ', '化粧', 'スキンケア', 'パーソナルケア', '美妆', '个护', '护肤', '彩妆', '个人护理'] },
  { id: 'baby', words: ['baby', 'maternity', 'mother', 'kids', 'ベビー', 'マタニティ', 'キッズ', '母婴', '婴', '孕'] },
  { id: 'pet', words: ['pet', 'ペット', '宠物'] },
  { id: 'food', words: ['food', 'beverage', 'snack', 'drink', 'grocer', '食品', '飲料', 'ドリンク', 'スイーツ', 'グルメ', '饮料', '零食', '饮品'] },
  { id: 'electronics', words: ['electronic', 'phone', 'computer', 'appliance', 'camera', 'audio', 'gaming', '家電', '電子', 'スマホ', 'パソコン', 'デジタル', 'カメラ', '数码', '电子', '手机', '电脑', '家电'] },
  { id: 'fashion', words: ['fashion', 'apparel', 'womenswear', 'menswear', 'clothing', 'underwear', 'shoes', 'accessor', 'jewel', 'bags', 'luggage', 'ファッション', 'アパレル', 'レディース', 'メンズ', '服', '靴', 'バッグ', 'アクセサリ', 'ジュエリー', '服饰', '服装', '女装', '男装', '鞋', '箱包', '配饰', '珠宝'] },
  { id: 'health', words: ['health', 'medical', 'wellness', 'ヘルスケア', '健康', '医療', '医疗'] },
  { id: 'home', words: ['home', 'kitchen', 'household', 'furniture', 'textile', 'living', 'houseware', 'ホーム', 'キッチン', 'インテリア', '家具', '日用品', '生活雑貨', '家居', '厨房', '家纺', '日用', '生活'] },
];

export const FALLBACK_CATEGORY_ID: BenchmarkCategoryId = 'other';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matchesWord(text: string, word: string): boolean {
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
  if (/^[\x00-\x7f]+$/.test(word)) return new RegExp(`(^|[^a-z])${escapeRegExp(word)}`).test(text);
  return text.includes(word);
}

/** Maps a page category (name in any language, starling key or L1 id) to a benchmark category; 'other' when unsure. */
export function categoryIdOf(category: string | null | undefined): BenchmarkCategoryId {
  if (category == null) return FALLBACK_CATEGORY_ID;
  const text = category.normalize('NFKC').trim().toLowerCase();
  if (!text) return FALLBACK_CATEGORY_ID;
  const idMatch = /^(?:magellan_)?(\d+)$/.exec(text);
  if (idMatch) return L1_IDS[idMatch[1]!] ?? FALLBACK_CATEGORY_ID;
  for (const rule of KEYWORD_RULES) {
    if (rule.words.some((w) => matchesWord(text, w))) return rule.id;
  }
  return FALLBACK_CATEGORY_ID;
}
