/**
 * Findings of the clause matcher (../clause.ts): a target (disease, symptom, skin condition, fat, body part, body
 * function) and an effect predicate in the same clause, sufferer targeting, and speed claims. These rules carry no
 * patterns of their own; the lexicons they use are in ../lexicon.ts with their sources.
 */
import { LEXICON_SOURCES as L } from '../lexicon';
import type { Rule } from '../types';
import { allBut, SRC } from './define';

const NON_DRUG = allBut('medical_device');
const CLAUSE = ['clause (lexicon.ts)'] as const;

function clauseRule(id: string, group: string, severity: Rule['severity'], law: Rule['law'], rest: Pick<Rule, 'explanation' | 'alternatives' | 'sources'>): Rule {
  return { id, group, lang: 'ja', patterns: CLAUSE, severity, law, scopes: NON_DRUG, efficacy: true, cautionSafe: true, ...rest };
}

export const CLAUSE_RULES = {
  disease: clauseRule('A06-clause', 'A06', 'high', 'yakki', {
    explanation: {
      zh_CN: '句中同时出现疾病名和效果（消除、治好、减轻、预防…），即使中间隔着其他词，也属于医药品功效宣称（46通知、健康增进法）。',
      ja: '病名と効果（消える・治る・改善・予防など）が同じ文節にあれば、間に他の語があっても医薬品的効能の表示です（46通知・健康増進法）。',
      en: 'A disease name and an effect (disappears, cures, relieves, prevents…) in one clause is a drug claim even with other words between (Notice 46, Health Promotion Act).',
    },
    alternatives: ['毎日の健康維持に', '季節のお手入れに'],
    sources: [L.notice46, L.kenzo],
  }),
  prevent: clauseRule('A04-clause', 'A04', 'high', 'yakki', {
    explanation: {
      zh_CN: '预防疾病（"不会得蛀牙""预防感冒"等）是医药品功效，食品、化妆品和杂货都不能宣称。',
      ja: '病気の予防（「虫歯にならない」「〜の予防に」）は医薬品の効能で、食品・化粧品・雑貨では表示できません。',
      en: 'Preventing a disease ("won\'t get cavities", "prevents colds") is a drug claim for foods, cosmetics and goods.',
    },
    alternatives: ['健康維持に', '季節の変わり目の体調管理に'],
    sources: [L.notice46, L.kenzo],
  }),
  sufferer: clauseRule('A06-sufferer', 'A06', 'high', 'yakki', {
    explanation: {
      zh_CN: '针对患病或有症状的人（"花粉症困扰的人""便秘倾向的人""肠胃弱的人"）就是在暗示治疗效果，46通知列为医药品式表述。',
      ja: '病気や症状に悩む人に向けた表現（「花粉症でお悩みの方に」「便秘ぎみの方に」「胃腸が弱い方にも」）は治療効果の暗示で、46通知が医薬品的表示として例示しています。',
      en: 'Addressing sufferers ("for hay-fever sufferers", "for those prone to constipation", "weak stomach") implies treatment; Notice 46 lists it as drug-like.',
    },
    alternatives: ['毎日を元気に過ごしたい方に', '健康が気になる方の栄養補給に'],
    sources: [L.notice46, L.tokyo],
  }),
  body: clauseRule('A05-clause', 'A05', 'high', 'yakki', {
    explanation: {
      zh_CN: '身体部位、症状或皮肤问题与"消失、治好、改善、变小、剥落"等出现在同一分句，就是宣称改变身体结构或功能，超出化妆品和食品的范围。',
      ja: '体の部位・症状・肌悩みと「消える」「治る」「改善」「小さくなる」「剥がれる」が同じ文節にあると、身体の構造・機能を変える表示となり、化粧品・食品の範囲を超えます。',
      en: 'A body part, symptom or skin concern with "disappears, cures, improves, shrinks, peels off" in one clause claims to change the body, beyond cosmetics and foods.',
    },
    alternatives: ['うるおいを与え、肌を整える', 'メイクでカバー（メーキャップ効果）', 'すっきりとした毎日に'],
    sources: [SRC.cosme56, SRC.ngOkPairs, L.caaSpots],
  }),
  fat: clauseRule('C01-clause', 'C01', 'high', 'keihyo', {
    explanation: {
      zh_CN: '脂肪或体重与"减少、掉、燃烧、削掉"出现在同一分句，即瘦身效果宣称；紧身裤、加压衫和保健品都曾因此被下达措置命令。',
      ja: '脂肪・体重と「減る」「落ちる」「燃焼」「削ぎ落とす」が同じ文節にあれば痩身効果の表示です。レギンス・加圧シャツ・サプリで措置命令が出ています。',
      en: 'Fat or weight with "reduces, drops, burns, strips off" in one clause is a slimming claim; leggings, pressure shirts and supplements drew CAA orders.',
    },
    alternatives: ['ダイエット中の栄養補給に', 'バランスのよい食事・適度な運動とあわせて'],
    sources: [L.caaLeggings, L.caaPressureShirts, SRC.dietNg],
  }),
  function: clauseRule('A16-clause', 'A16', 'high', 'yakki', {
    explanation: {
      zh_CN: '身体功能（免疫、代谢、消化、血液循环、记忆力等）与"提高、激活、促进、改善"出现在同一分句，是对身体功能的作用，属于医药品功效（46通知②）。',
      ja: '身体の機能（免疫・代謝・消化・血液循環・記憶力など）を「高める」「活性化」「促す」「改善」する表示は、46通知②の医薬品的効能です。',
      en: 'Raising, activating, promoting or improving a body function (immunity, metabolism, digestion, circulation, memory) is a drug claim (Notice 46 ②).',
    },
    alternatives: ['毎日の健康づくりに', '栄養補給に'],
    sources: [L.notice46, L.kenzo, L.tokyoSurvey],
  }),
  growth: clauseRule('B11-clause', 'B11', 'high', 'yakki', {
    explanation: {
      zh_CN: '身体部位与"提升、长出、变长、活化"连用（眼周提升、睫毛变长、头发长出），是改变身体结构的宣称，超出化妆品范围。',
      ja: '体の部位を「アップ」「伸びる」「生える」「活性化」させる表示（目元アップ・まつ毛が伸びる・髪が生える）は身体の構造を変える表現で、化粧品の範囲を超えます。',
      en: 'Lifting, growing or lengthening a body part (eye lift, lashes grow, hair grows back) claims to change body structure, beyond cosmetics.',
    },
    alternatives: ['まつ毛を長く見せる（メーキャップ効果）', '肌にハリを与える', '頭皮をすこやかに保つ'],
    sources: [L.lift, SRC.cosmeTop10],
  }),
  burn: clauseRule('C03-clause', 'C03', 'high', 'kenzo', {
    explanation: {
      zh_CN: '"燃烧"脂肪或身体是健康增进法指南的典型违规例（促进脂肪燃烧!）。',
      ja: '脂肪や体を「燃焼」させる表示は、健康増進法ガイドラインの典型例（「脂肪燃焼を促進!」）です。',
      en: 'Burning fat or the body is the Health Promotion Act guidance\'s textbook example ("promotes fat burning!").',
    },
    alternatives: ['ダイエットを意識する方の食生活に'],
    sources: [L.kenzo, SRC.dietNg],
  }),
  bareDisease: clauseRule('A06-name', 'A06', 'medium', 'yakki', {
    explanation: {
      zh_CN: '食品文案中出现具体病名（如失眠、花粉症、高血压），无论上下文如何，都容易被视为医药品式的功效宣称（46通知"易被视为功效的用语"）。',
      ja: '食品の広告に病名（不眠・花粉症・高血圧など）があると、文脈にかかわらず医薬品的な効能効果と見なされやすい表示です（46通知の用語例）。',
      en: 'A named disease (insomnia, hay fever, hypertension…) in food copy tends to be read as a drug claim whatever the context (Notice 46 term examples).',
    },
    alternatives: ['（病名を外し、食生活・栄養補給の表現に）'],
    sources: [L.notice46Terms, L.tokyo],
  }),
  speed: clauseRule('A12-clause', 'A12', 'high', 'adStandard', {
    explanation: {
      zh_CN: '"一瞬间、几秒、X天就…"加上效果，是效果速度的宣称，适当广告基准3(7)和 TikTok（即时/特定期限效果）都禁止。',
      ja: '「一瞬で」「数秒で」「〇日で」と効果を組み合わせた表示は効果発現の速さの表示で、適正広告基準3(7)・TikTok（即効・期間の明示）で禁止されています。',
      en: '"In an instant", "in seconds", "in N days" with an effect is a speed-of-effect claim, banned by standard 3(7) and TikTok\'s instant/timeframe rule.',
    },
    alternatives: ['毎日のお手入れに', '使うたびにうるおう'],
    sources: [SRC.adStandard, SRC.tiktokVn],
  }),
  speedTarget: clauseRule('A12-clause-target', 'A12', 'medium', 'adStandard', {
    explanation: {
      zh_CN: '时间或速度用语紧挨着身体部位或肌肤问题（"斑点一瞬间…"），读者会理解为效果的速度。请删除时间表述。',
      ja: '時間・速さの語が体の部位や肌悩みに直接かかっている表示（「シミが一瞬で…」）は、効果の速さとして読まれます。期間の表現を外してください。',
      en: 'A time or speed phrase attached to a body part or skin concern ("spots in an instant…") reads as speed of effect; drop the timeframe.',
    },
    alternatives: ['毎日のお手入れに'],
    sources: [SRC.adStandard, SRC.tiktokVn],
  }),
} as const satisfies Record<string, Rule>;
