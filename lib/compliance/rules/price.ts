/** Research §E (有利誤認: prices and terms) and §F (premiums and giveaways). */
import type { Rule } from '../types';
import { ALL, SRC, family, near } from './define';

const PRICE = '(?:¥|￥)?\\d[\\d,]*円?';

export const PRICE_RULES: Rule[] = [
  ...family(
    {
      group: 'E01', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '二重价格：比较用的"原价/通常价格"必须在最近相当期间真实销售过（近8周过半、累计2周以上、且促销前2周内有售）。常年"原价"是典型的有利误认。',
        ja: '二重価格：比較対照の「通常価格」は最近相当期間（直近8週間の過半・通算2週間以上・セール前2週間以内）に実際に販売した価格である必要があります。',
        en: 'Double pricing: the "regular price" must really have been charged recently (over half of the last 8 weeks, 2+ weeks, within 2 weeks before).',
      },
      alternatives: ['〇月〇日〜〇月〇日の当店通常販売価格〇円（販売実績がある場合のみ）', '販売価格〇円'],
      sources: [SRC.eightWeeks, SRC.priceGuideline],
    },
    [
      ['ja', 'ja', ['通常(?:販売)?価格|定価|元値|通常\\d[\\d,]*円のところ', `${PRICE}\\s*(?:→|⇒|->|➡|➝|から)\\s*${PRICE}`]],
      ['zh', 'zh', ['原价|划线价|日常价']],
      ['en', 'en', ['\\bregular price\\b|\\bwas ¥\\s?\\d|\\boriginally ¥']],
    ],
  ),
  ...family(
    {
      group: 'E02', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"厂商建议零售价、参考价"必须真实存在且公开；跨境自有品牌通常没有真实的建议零售价。',
        ja: '「メーカー希望小売価格」「参考価格」は実在し公表されている必要があります。越境のプライベートブランド品には通常ありません。',
        en: 'An MSRP/reference price must exist and be published; private-label cross-border goods usually have none.',
      },
      alternatives: ['販売価格〇円'],
      sources: [SRC.priceGuideline],
    },
    [
      ['ja', 'ja', ['(?:めーかー)?希望小売価格|参考(?:小売)?価格|市場価格']],
      ['en', 'en', ['\\bmsrp\\b|\\brrp\\b']],
    ],
  ),
  ...family(
    {
      group: 'E03', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"X%OFF、半价、X円减价"的基准价必须满足二重价格规则（见"原价"）。',
        ja: '「〇%OFF」「半額」「〇円引き」の基準価格は二重価格のルールを満たす必要があります。',
        en: '"X% off", "half price" need a base price that satisfies the double-pricing rules.',
      },
      alternatives: ['基準価格と期間を明記'],
      sources: [SRC.priceGuideline],
    },
    [
      ['ja', 'ja', ['\\d+%\\s?off|半額|\\d[\\d,]*円引き|激安|破格|赤字覚悟|衝撃価格']],
      ['zh', 'zh', ['[一二三四五六七八九\\d](?:\\.\\d)?折|半价|骨折价|亏本价']],
      ['en', 'en', ['\\b\\d+% off\\b|\\bhalf price\\b']],
    ],
  ),
  ...family(
    {
      group: 'E04', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"仅限今天、限时、最后机会"如果长期持续，就是典型的有利误认。请写明真实的截止时间。',
        ja: '「今だけ」「期間限定」「本日限り」が常に表示されていると典型的な有利誤認です。実際の終了日時を明記してください。',
        en: 'Perpetual "today only / limited time / last chance" is textbook misleading terms; give a real end date.',
      },
      alternatives: ['〇月〇日23:59まで'],
      sources: [SRC.limitedTime],
      exceptions: [near('\\d+月\\d+日|\\d+/\\d+\\s*\\d*:?\\d*まで', 16)],
    },
    [
      ['ja', 'ja', ['今だけ|期間限定|本日限り|本日のみ|今日だけ|今日限り|今回限り|今なら|今月(?:中|限り|末まで|のみ)|週末限定|\\d+日間(?:限定|だけ|のみ)|\\d+時間限定|先着\\d+(?:名|様|個)|初回限定|限定価格|特別価格|たいむせーる|らすとちゃんす|今しかない|今すぐ(?:ご?注文|購入|お申し?込み)']],
      ['zh', 'zh', ['限时|仅限今天|最后机会|错过再等一年']],
      ['en', 'en', ['\\btoday only\\b|\\blimited time\\b|\\blast chance\\b']],
    ],
  ),
  ...family(
    {
      group: 'E05', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"促销后恢复X円、X日起涨价"需要确定的计划，并实际以该价格销售（一般2周以上）。',
        ja: '「セール後は〇円」「〇日から値上げ」は確実な計画が必要で、その価格で実際に販売する必要があります（目安2週間以上）。',
        en: 'Future-price claims need a firm plan and must then really sell at that price (about 2+ weeks).',
      },
      alternatives: ['（確実な販売計画がある場合のみ記載）'],
      sources: [SRC.futurePrice],
    },
    [
      ['ja', 'ja', ['せーる後は|値上げ予定|\\d+日から値上げ|発売記念価格|まもなく値上げ']],
      ['zh', 'zh', ['即将涨价|活动后恢复']],
    ],
  ),
  ...family(
    {
      group: 'E06', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"最便宜、全网最低价、业界最低"需要对竞争对手做最新调查；写"挑战最低价"也不能免责。',
        ja: '「最安値」「業界最安」「どこよりも安い」は競合の最新調査が必要です。「最安値に挑戦」でも免責されません。',
        en: '"Cheapest", "lowest price" needs a current competitor survey; "we try to be cheapest" does not cure it.',
      },
      alternatives: ['お求めやすい価格', 'お手頃価格'],
      sources: [SRC.priceGuideline],
    },
    [
      ['ja', 'ja', ['最安|最低価格|どこよりも安|激安no\\.?1|底値']],
      ['zh', 'zh', ['全网最低|最便宜|史低|最低价|地板价']],
      ['en', 'en', ['\\bcheapest\\b|\\blowest price\\b']],
    ],
  ),
  ...family(
    {
      group: 'E07', law: 'keihyoPrice', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"比其他店便宜X円"须基于当前准确调查的竞争价格。',
        ja: '「他店より〇円安い」は競合の現在価格を正確に調査していることが前提です。',
        en: '"Cheaper than other shops" requires an accurate, current survey of their prices.',
      },
      alternatives: ['（調査日・対象店を明記するか削除）'],
      sources: [SRC.priceGuideline],
    },
    [
      ['ja', 'ja', ['他店(?:より|よりも)|他社より(?:も)?安|他のしょっぷより']],
      ['zh', 'zh', ['比别家便宜|比实体店便宜']],
      ['en', 'en', ['\\bcheaper than (?:other|any) (?:shops?|stores?)\\b']],
    ],
  ),
  ...family(
    {
      group: 'E08', law: 'keihyoPrice', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"仅剩少量、售完即止、数量限定"如不属实即为有利误认；常年"在库限"不可。',
        ja: '「残りわずか」「在庫限り」「数量限定」は事実でなければ有利誤認です。常時表示は不可。',
        en: '"Only a few left", "while stocks last" mislead if untrue or always shown.',
      },
      alternatives: ['数量限定100個（実数を記載）'],
      sources: [SRC.limitedTime],
    },
    [
      ['ja', 'ja', ['残りわずか|在庫限り|数量限定|残り\\d+(?:個|点|枚|本|名)|売り切れ間近|在庫僅少']],
      ['zh', 'zh', ['库存告急|仅剩\\d+|手慢无']],
      ['en', 'en', ['\\bonly \\d+ left\\b|\\bwhile stocks? lasts?\\b']],
    ],
  ),
  ...family(
    {
      group: 'E09', law: 'keihyoPrice', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"免费、0円、首单免费"若有条件，须把条件写在旁边（打消表示）；订阅陷阱还涉及特定商取引法。',
        ja: '「無料」「0円」「初回無料」に条件がある場合は、条件をすぐ近くに表示してください（打消し表示）。定期購入は特商法も。',
        en: '"Free / ¥0 / first one free" with conditions must show them right next to it; subscription traps also fall under the SCTA.',
      },
      alternatives: ['初回〇円（2回目以降〇円、〇回継続が条件）', '〇〇円以上で送料無料'],
      sources: [SRC.priceGuideline],
      exceptions: [near('円以上|条件|※', 10)],
    },
    [
      ['ja', 'ja', ['初回(?:無料|0円|たった)|実質(?:無料|0円|たダ)|お試し0円']],
      ['zh', 'zh', ['首单免费|0元购|免费送']],
      ['en', 'en', ['\\bfirst (?:one|box|month) free\\b']],
    ],
  ),
  ...family(
    {
      group: 'E10', law: 'keihyoPrice', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"全额退款保证"若有条件，须写在旁边。',
        ja: '「全額返金保証」の条件は近くに明記してください。',
        en: 'Money-back guarantees must show their conditions next to them.',
      },
      alternatives: ['全額返金保証（条件：〇〇）'],
      sources: [SRC.priceGuideline],
      exceptions: [near('条件|※', 12)],
    },
    [
      ['ja', 'ja', ['(?:全額)?返金保証|満足保証']],
      ['zh', 'zh', ['无效退款|不满意退款|包退']],
      ['en', 'en', ['\\bmoney[ -]back guarantee\\b']],
    ],
  ),
  ...family(
    {
      group: 'E11', law: 'keihyoPrice', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"闭店大甩卖、清仓、亏本价"必须属实。',
        ja: '「閉店セール」「在庫一掃」「原価割れ」は事実である必要があります。',
        en: 'Closing-down or below-cost claims must be true.',
      },
      alternatives: ['（事実の場合のみ記載）'],
      sources: [SRC.limitedTime],
    },
    [
      ['ja', 'ja', ['閉店せーる|閉店売り尽くし|在庫一掃|原価割れ']],
      ['zh', 'zh', ['清仓|甩卖']],
    ],
  ),
  ...family(
    {
      group: 'F01', law: 'premiums', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '与购买挂钩的抽奖（一般悬赏）有上限：交易额5,000円以下为20倍，以上为10万円；总额不超过预计销售额的2%。',
        ja: '購入に連動した抽選（一般懸賞）は上限があります：取引価額5,000円未満は20倍、以上は10万円、総額は売上予定額の2%以内。',
        en: 'Purchase-linked prize draws are capped (20× the transaction under ¥5,000, else ¥100,000; 2% of expected sales in total).',
      },
      alternatives: ['（景品額の上限を確認）'],
      sources: [SRC.premiums],
    },
    [
      ['ja', 'ja', ['抽選で[^。\\n]{0,10}(?:万円|名様)|\\d+名様に(?:当た|ぷれぜんと)|がちゃ']],
      ['zh', 'zh', ['抽奖送|转发抽奖']],
    ],
  ),
  ...family(
    {
      group: 'F02', law: 'premiums', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '购买者全员赠品（总付景品）上限为交易额的20%（交易额不足1,000円时为200円）。',
        ja: '購入者全員へのプレゼント（総付景品）は取引価額の20%まで（1,000円未満なら200円まで）です。',
        en: 'Gifts to every buyer are capped at 20% of the transaction value (¥200 if under ¥1,000).',
      },
      alternatives: ['（景品の価額を確認）'],
      sources: [SRC.premiums],
    },
    [
      ['ja', 'ja', ['購入者全員|もれなく|おまけ付き']],
      ['zh', 'zh', ['买就送|下单即送']],
    ],
  ),
  ...family(
    {
      group: 'F03', law: 'tiktok', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: 'TikTok Shop 的抽奖只能通过官方 LIVE Giveaway 功能进行，评论抽奖、私信通知中奖等属于违规。',
        ja: 'TikTok Shopのプレゼント企画は公式のLIVE Giveaway機能のみ。コメント抽選・DMでの当選連絡は規約違反です。',
        en: 'TikTok Shop giveaways must use the official LIVE Giveaway tool; comment lotteries or DM winners are not allowed.',
      },
      alternatives: ['公式のLIVE Giveaway機能で実施'],
      sources: [SRC.tiktokGiveaway],
    },
    [
      ['ja', 'ja', ['こめんと(?:した人|してくれた人)?(?:から|の中から)?抽選|るーれっとで当た|dmで当選']],
      ['zh', 'zh', ['评论抽奖|私信中奖']],
      ['en', 'en', ['\\bcomment to win\\b|\\bgiveaway winner via dm\\b']],
    ],
  ),
];
