/**
 * Plain-language explanations of fired signals, in the sellers' three languages, with the numbers in them.
 * Built only for signals that fire, with template literals (no regex, no Intl per call) so scoring stays fast.
 */
import type { Localised } from '../i18n';
import type { SignalWindow } from './types';

/** Built on first use: constructing an Intl formatter loads ICU data, ~100 ms when it ran at Seller Center's document_start (CDP profile). */
let grouping: Intl.NumberFormat | null = null;

/** 0.0123 → "1.2%", 0.0008 → "0.08%". */
export function pct(fraction: number): string {
  const p = fraction * 100;
  return `${Math.abs(p) < 1 ? p.toFixed(2) : p.toFixed(1)}%`;
}

/** 12345.6 → "12,346". */
export function count(n: number): string {
  grouping ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return grouping.format(n);
}

const PLATFORM_MEDIANS: Localised = {
  zh_CN: '平台提供的达人中位数',
  ja: 'プラットフォーム提供のクリエイター中央値',
  en: "the platform's creator medians",
};

/** "median of 6 videos, 3–13 days old", or "the platform's creator medians" when no videos were used. */
function medianOf(w: SignalWindow): Localised {
  if (w.source === 'profile_medians') return PLATFORM_MEDIANS;
  const win = windowText(w);
  return { zh_CN: `${win.zh_CN}的中位数`, ja: `${win.ja}の中央値`, en: `median of ${win.en}` };
}

function windowText(w: SignalWindow): Localised {
  if (w.source === 'profile_medians') return PLATFORM_MEDIANS;
  if (w.oldestAgeDays == null || w.newestAgeDays == null) {
    return { zh_CN: `${w.videos} 条视频`, ja: `${w.videos}本の動画`, en: `${w.videos} videos` };
  }
  const lo = Math.round(w.newestAgeDays);
  const hi = Math.round(w.oldestAgeDays);
  return {
    zh_CN: `${w.videos} 条视频，发布于 ${lo}–${hi} 天前`,
    ja: `${w.videos}本の動画、投稿から${lo}〜${hi}日`,
    en: `${w.videos} videos, ${lo}–${hi} days old`,
  };
}

export function insufficientMessage(reason: 'followers_unknown' | 'list_figures_unknown' | 'too_few_videos', eligible: number, needed: number): Localised {
  if (reason === 'list_figures_unknown') {
    return {
      zh_CN: '列表没有提供播放中位数和互动率（或未授权查看），无法快速检查；打开达人详情可做完整检查。',
      ja: '一覧に再生数の中央値やエンゲージメント率がない（または非公開）ため、クイックチェックができません。クリエイター詳細を開くと詳細チェックができます。',
      en: 'The list gives no median views or engagement rate (or hides them), so no quick check; open the creator for the full check.',
    };
  }
  if (reason === 'followers_unknown') {
    return {
      zh_CN: '粉丝数未知，无法评分。',
      ja: 'フォロワー数が不明なため、スコアを算出できません。',
      en: 'Follower count unknown, so no score.',
    };
  }
  return {
    zh_CN: `只有 ${eligible} 条可用视频（需要至少 ${needed} 条发布超过 48 小时的视频），数据不足，无法评分。`,
    ja: `評価に使える動画が${eligible}本しかありません（投稿から48時間以上の動画が${needed}本以上必要）。データ不足のためスコアなし。`,
    en: `Only ${eligible} usable videos (need at least ${needed} older than 48 h): not enough data for a score.`,
  };
}

export function likeViewHighMessage(value: number, threshold: number, w: SignalWindow): Localised {
  const med = medianOf(w);
  return {
    zh_CN: `点赞/播放比 ${pct(value)}（${med.zh_CN}）高于 ${pct(threshold)} 的上限，公开基准中很少见，可能刷了点赞。`,
    ja: `いいね/再生比 ${pct(value)}（${med.ja}）が上限 ${pct(threshold)} を超えています。公開ベンチマークではまれで、いいね購入の可能性があります。`,
    en: `Like/view ${pct(value)} (${med.en}) is above the ${pct(threshold)} ceiling seen in published benchmarks: likes may be bought.`,
  };
}

export function likeViewLowMessage(value: number, threshold: number, w: SignalWindow): Localised {
  const med = medianOf(w);
  return {
    zh_CN: `点赞/播放比只有 ${pct(value)}（${med.zh_CN}），低于 ${pct(threshold)}：播放多但几乎没人点赞，可能刷了播放量（也可能是投放广告）。`,
    ja: `いいね/再生比が ${pct(value)}（${med.ja}）で ${pct(threshold)} を下回っています。再生数の割にいいねが少なく、再生数購入（または広告配信）の可能性があります。`,
    en: `Like/view only ${pct(value)} (${med.en}), below ${pct(threshold)}: many views but few likes, views may be bought (or paid promotion).`,
  };
}

export function commentLikeLowMessage(value: number, threshold: number, w: SignalWindow): Localised {
  const med = medianOf(w);
  return {
    zh_CN: `评论/点赞比只有 ${pct(value)}（${med.zh_CN}），低于 ${pct(threshold)}：点赞多但几乎没有评论，评论比点赞更难造假。`,
    ja: `コメント/いいね比が ${pct(value)}（${med.ja}）で ${pct(threshold)} を下回っています。いいねの割にコメントがほとんどありません（コメントは偽装しにくい指標です）。`,
    en: `Comments are only ${pct(value)} of likes (${med.en}), below ${pct(threshold)}: lots of likes, almost no conversation; comments are harder to fake.`,
  };
}

export function commentLikeHighMessage(value: number, threshold: number, w: SignalWindow): Localised {
  const med = medianOf(w);
  return {
    zh_CN: `评论/点赞比高达 ${pct(value)}（${med.zh_CN}），超过 ${pct(threshold)}：可能有互评群或评论机器人。`,
    ja: `コメント/いいね比が ${pct(value)}（${med.ja}）で ${pct(threshold)} を超えています。エンゲージメントグループやコメントボットの可能性があります。`,
    en: `Comments are ${pct(value)} of likes (${med.en}), above ${pct(threshold)}: possible engagement pods or comment bots.`,
  };
}

export function reachLowMessage(value: number, threshold: number, followers: number, medianViews: number, w: SignalWindow): Localised {
  const win = windowText(w);
  return {
    zh_CN: `播放中位数 ${count(medianViews)} 仅为粉丝数 ${count(followers)} 的 ${pct(value)}（${win.zh_CN}），低于 ${pct(threshold)}：粉丝可能是买的或已不活跃。`,
    ja: `再生数の中央値 ${count(medianViews)} はフォロワー ${count(followers)} 人の ${pct(value)}（${win.ja}）で、${pct(threshold)} を下回っています。購入フォロワーや休眠フォロワーの可能性があります。`,
    en: `Median views ${count(medianViews)} are only ${pct(value)} of ${count(followers)} followers (${win.en}), below ${pct(threshold)}: followers may be bought or inactive.`,
  };
}

export function spikesMessage(spikes: number, viewMultiple: number, collapse: number, w: SignalWindow): Localised {
  const win = windowText(w);
  return {
    zh_CN: `${spikes} 条视频播放量超过中位数的 ${viewMultiple} 倍，但点赞/播放比不到中位数的 ${pct(collapse)}（${win.zh_CN}）：疑似刷播放（或付费推广）。`,
    ja: `${spikes}本の動画で再生数が中央値の${viewMultiple}倍を超える一方、いいね/再生比が中央値の${pct(collapse)}未満です（${win.ja}）。再生数購入（または有料プロモーション）の疑いがあります。`,
    en: `${spikes} video(s) have more than ${viewMultiple}× the median views while their like/view fell below ${pct(collapse)} of the median (${win.en}): views look bought (or paid promotion).`,
  };
}

export function viralOutlierMessage(outliers: number, topMultiple: number, w: SignalWindow): Localised {
  const win = windowText(w);
  const m = topMultiple.toFixed(1);
  return {
    zh_CN: `${outliers} 条视频播放量是中位数的 ${m} 倍，但互动比例正常：像是自然爆款，不扣分；评分使用中位数，不受其影响。`,
    ja: `${outliers}本の動画の再生数が中央値の${m}倍ですが、エンゲージメント比率は正常です。自然なバズとみなし減点しません（スコアは中央値で算出）。`,
    en: `${outliers} video(s) reached ${m}× the median views with normal engagement ratios (${win.en}): looks like a genuine viral hit, not penalised; the score uses medians.`,
  };
}

export function followerJumpMessage(rate: number, threshold: number, days: number, gained: number | null, viralMultiple: number): Localised {
  const gainedZh = gained == null ? '' : `（+${count(gained)}）`;
  const gainedJa = gained == null ? '' : `（+${count(gained)}人）`;
  const gainedEn = gained == null ? '' : ` (+${count(gained)})`;
  return {
    zh_CN: `近 ${days} 天粉丝增长 ${pct(rate)}${gainedZh}，超过 ${pct(threshold)}，但同期没有播放量达到中位数 ${viralMultiple} 倍的爆款视频：增长无法用内容解释，可能买了粉丝。`,
    ja: `直近${days}日でフォロワーが ${pct(rate)} 増加${gainedJa}し ${pct(threshold)} を超えていますが、同期間に中央値の${viralMultiple}倍以上再生された動画がありません。内容で説明できない増加で、フォロワー購入の可能性があります。`,
    en: `Followers grew ${pct(rate)}${gainedEn} in ${days} days, above ${pct(threshold)}, with no video reaching ${viralMultiple}× the median views: growth unexplained by content, followers may be bought.`,
  };
}

export function uniformMessage(cvLikeView: number, cvViews: number, maxLikeView: number, maxViews: number, w: SignalWindow): Localised {
  const win = windowText(w);
  return {
    zh_CN: `各视频数据过于整齐（${win.zh_CN}）：点赞/播放比的稳健变异系数 ${pct(cvLikeView)}（< ${pct(maxLikeView)}），播放量 ${pct(cvViews)}（< ${pct(maxViews)}）。真实账号很少这样，疑似机器批量刷量。`,
    ja: `動画ごとの数値が揃いすぎています（${win.ja}）。いいね/再生比のロバスト変動係数 ${pct(cvLikeView)}（< ${pct(maxLikeView)}）、再生数 ${pct(cvViews)}（< ${pct(maxViews)}）。実在アカウントではまれで、ボットによる一括水増しの疑いがあります。`,
    en: `Numbers are suspiciously uniform across ${win.en}: robust CV of like/view ${pct(cvLikeView)} (< ${pct(maxLikeView)}) and of views ${pct(cvViews)} (< ${pct(maxViews)}). Real audiences rarely look this regular; possible bot delivery.`,
  };
}

export function viewsAboveFollowersMessage(viewRate: number, likeView: number, multiple: number, w: SignalWindow): Localised {
  const win = windowText(w);
  const x = viewRate.toFixed(1);
  return {
    zh_CN: `播放中位数是粉丝数的 ${x} 倍（≥ ${multiple} 倍），但点赞/播放比只有 ${pct(likeView)}（${win.zh_CN}）：播放远超粉丝却几乎没人互动，疑似刷播放。`,
    ja: `再生数の中央値がフォロワー数の${x}倍（${multiple}倍以上）なのに、いいね/再生比は ${pct(likeView)} しかありません（${win.ja}）。フォロワーを大きく超える再生にほとんど反応がなく、再生数購入の疑いがあります。`,
    en: `Median views are ${x}× the followers (≥ ${multiple}×) yet like/view is only ${pct(likeView)} (${win.en}): reach far beyond the following with almost no engagement, views look bought.`,
  };
}
