/**
 * How each score component and warning is computed, written out in the seller's words (zh_CN, ja, en), never as
 * developer notation such as "median(likes_i ÷ views_i)". Shown beside the measured value in the side panel.
 */
import type { Localised } from '../i18n';
import * as K from './model-constants';

const L = (zh_CN: string, ja: string, en: string): Localised => ({ zh_CN, ja, en });

/** The measures the formulas name. */
const WORD = {
  likes: L('点赞', 'いいね', 'likes'),
  views: L('播放', '再生', 'views'),
  comments: L('评论', 'コメント', 'comments'),
  shares: L('分享', 'シェア', 'shares'),
} as const;
export type Measure = keyof typeof WORD;

const join = (parts: readonly Localised[], sep: string): Localised =>
  L(parts.map((p) => p.zh_CN).join(sep), parts.map((p) => p.ja).join(sep), parts.map((p) => p.en).join(sep));

/** "median per video of ((likes + comments) ÷ views)". */
export function perVideoMedian(numerator: readonly Measure[], denominator: Measure): Localised {
  const num = join(numerator.map((m) => WORD[m]), ' + ');
  const den = WORD[denominator];
  const top = numerator.length > 1 ? L(`(${num.zh_CN})`, `(${num.ja})`, `(${num.en})`) : num;
  return L(`每条视频 ${top.zh_CN} ÷ ${den.zh_CN} 的中位数`, `動画ごとの ${top.ja} ÷ ${den.ja} の中央値`, `median per video of ${top.en} ÷ ${den.en}`);
}

/** "(median likes + median comments) ÷ median views (platform medians)". */
export function ratioOfMedians(numerator: readonly Measure[], denominator: Measure): Localised {
  const num = join(numerator.map((m) => L(`${WORD[m].zh_CN}中位数`, `${WORD[m].ja}の中央値`, `median ${WORD[m].en}`)), ' + ');
  const top = numerator.length > 1 ? L(`(${num.zh_CN})`, `(${num.ja})`, `(${num.en})`) : num;
  const den = WORD[denominator];
  return L(
    `${top.zh_CN} ÷ ${den.zh_CN}中位数（平台中位数）`,
    `${top.ja} ÷ ${den.ja}の中央値（プラットフォームの中央値）`,
    `${top.en} ÷ median ${den.en} (platform medians)`,
  );
}

export const PLATFORM_ER = L('平台互动率', 'プラットフォームのエンゲージメント率', "the platform's engagement rate");

const VIDEO_FORMULA = {
  likeView: perVideoMedian(['likes'], 'views'),
  commentLike: perVideoMedian(['comments'], 'likes'),
  reach: L('每条视频播放的中位数 ÷ 粉丝数', '動画ごとの再生数の中央値 ÷ フォロワー数', 'median views per video ÷ followers'),
  spikes: L(
    `播放超过中位数 ${K.S4_SPIKE_VIEW_MULTIPLE} 倍、且 点赞 ÷ 播放 低于中位数 ${K.S4_SPIKE_LIKE_VIEW_COLLAPSE} 倍的视频数`,
    `再生数が中央値の${K.S4_SPIKE_VIEW_MULTIPLE}倍を超え、いいね ÷ 再生 が中央値の${K.S4_SPIKE_LIKE_VIEW_COLLAPSE}倍未満の動画の数`,
    `videos with views above ${K.S4_SPIKE_VIEW_MULTIPLE} × the median and likes ÷ views below ${K.S4_SPIKE_LIKE_VIEW_COLLAPSE} × the median`,
  ),
  viral: L(
    `播放超过中位数 ${K.S4_SPIKE_VIEW_MULTIPLE} 倍、点赞 ÷ 播放 正常的视频数`,
    `再生数が中央値の${K.S4_SPIKE_VIEW_MULTIPLE}倍を超え、いいね ÷ 再生 は普通の動画の数`,
    `videos with views above ${K.S4_SPIKE_VIEW_MULTIPLE} × the median and normal likes ÷ views`,
  ),
  growth7d: L('7 天新增粉丝 ÷ 7 天前的粉丝数', '7日間の増加フォロワー ÷ 7日前のフォロワー数', 'followers gained in 7 days ÷ followers 7 days ago'),
  growth30d: L('30 天新增粉丝 ÷ 30 天前的粉丝数', '30日間の増加フォロワー ÷ 30日前のフォロワー数', 'followers gained in 30 days ÷ followers 30 days ago'),
  uniform: L(
    '离散程度 = 1.4826 × 绝对中位差 ÷ 中位数，分别对 点赞 ÷ 播放 和 播放 计算',
    'ばらつき = 1.4826 × 中央絶対偏差 ÷ 中央値（いいね ÷ 再生 と 再生数 のそれぞれ）',
    'spread = 1.4826 × median absolute deviation ÷ median, for likes ÷ views and for views',
  ),
  sales: L('视频 GPM = GMV ÷ 播放 × 1,000（日元）', '動画 GPM = GMV ÷ 再生 × 1,000（円）', 'video GPM = GMV ÷ views × 1,000 (¥)'),
  salesGmvProxy: L('30 天 GMV ÷ 30 天内发布视频的播放 × 1,000（日元）', '30日間の GMV ÷ 30日間に投稿した動画の再生 × 1,000（円）', 'GMV (30 days) ÷ views of videos posted in 30 days × 1,000 (¥)'),
  salesUnitsProxy: L('30 天销量 ÷ 30 天内发布视频的播放 × 1,000', '30日間の販売数 ÷ 30日間に投稿した動画の再生 × 1,000', 'units (30 days) ÷ views of videos posted in 30 days × 1,000'),
  cadence: L('30 天内平均每天发布的视频数', '30日間の1日あたり投稿本数', 'videos posted per day over 30 days'),
  cadenceWithFulfilment: L('（30 天内每天发布的视频数 + 样品履约率）的平均', '（30日間の1日あたり投稿本数 ＋ サンプル履行率）の平均', 'average of videos posted per day over 30 days and the sample fulfilment rate'),
  authenticity: L(
    `1 − ${K.AUTHENTICITY_PENALTY_PER_POINT} × 风险分`,
    `1 − ${K.AUTHENTICITY_PENALTY_PER_POINT} × リスク点`,
    `1 − ${K.AUTHENTICITY_PENALTY_PER_POINT} × risk points`,
  ),
} satisfies Record<string, Localised>;

/** The same measures when they come from the platform's creator medians (ratio of medians, not median of ratios). */
const PROFILE_FORMULA: typeof VIDEO_FORMULA = {
  ...VIDEO_FORMULA,
  likeView: ratioOfMedians(['likes'], 'views'),
  commentLike: ratioOfMedians(['comments'], 'likes'),
  reach: L('播放中位数 ÷ 粉丝数（平台中位数）', '再生数の中央値 ÷ フォロワー数（プラットフォームの中央値）', 'median views ÷ followers (platform medians)'),
  salesGmvProxy: L('30 天 GMV ÷（播放中位数 × 30 天内发布的视频数）× 1,000（日元）', '30日間の GMV ÷（再生数の中央値 × 30日間の投稿本数）× 1,000（円）', 'GMV (30 days) ÷ (median views × videos posted in 30 days) × 1,000 (¥)'),
  salesUnitsProxy: L('30 天销量 ÷（播放中位数 × 30 天内发布的视频数）× 1,000', '30日間の販売数 ÷（再生数の中央値 × 30日間の投稿本数）× 1,000', 'units (30 days) ÷ (median views × videos posted in 30 days) × 1,000'),
};

export type FormulaTable = typeof VIDEO_FORMULA;
export const formulasFor = (fromProfileMedians: boolean): FormulaTable => (fromProfileMedians ? PROFILE_FORMULA : VIDEO_FORMULA);

export const insufficientFormula = (minVideos: number): Localised => L(
  `发布超过 48 小时的视频 ≥ ${minVideos} 条，且粉丝数已知`,
  `投稿から48時間を過ぎた動画が${minVideos}本以上、かつフォロワー数が分かること`,
  `at least ${minVideos} videos older than 48 hours, and followers known`,
);

export const platformErBound = L(
  '平台互动率 ≥ 点赞 ÷ 播放',
  'プラットフォームのエンゲージメント率 ≥ いいね ÷ 再生',
  "the platform's engagement rate ≥ likes ÷ views",
);

/** "reach ≥ 3 and like rate < 1%": both conditions of the bought-views check. */
export function viewsAboveFollowersFormula(reach: Localised, likeView: Localised, multiple: number, maxLikeView: number): Localised {
  return L(
    `${reach.zh_CN} ≥ ${multiple}，且 ${likeView.zh_CN} < ${maxLikeView}`,
    `${reach.ja} ≥ ${multiple}、かつ ${likeView.ja} < ${maxLikeView}`,
    `${reach.en} ≥ ${multiple} and ${likeView.en} < ${maxLikeView}`,
  );
}

/** "0.6 × score of (engagement) + 0.4 × score of (comments ÷ likes)". */
export function engagementFormula(er: Localised, commentLike: Localised, erShare: number, commentShare: number): Localised {
  return L(
    `${erShare} × 得分（${er.zh_CN}）+ ${commentShare} × 得分（${commentLike.zh_CN}）`,
    `${erShare} × スコア（${er.ja}）+ ${commentShare} × スコア（${commentLike.ja}）`,
    `${erShare} × score of (${er.en}) + ${commentShare} × score of (${commentLike.en})`,
  );
}

/** A component that could not be computed at all. */
export const NO_FORMULA = L('', '', '');

export const FIT_FORMULA = L(
  '得分（你的类目在达人 GMV 中的占比）× 粉丝画像系数',
  'スコア（あなたのカテゴリがクリエイターの GMV に占める割合）× フォロワー属性の係数',
  "score of (your category's share of the creator's GMV) × audience factor",
);
