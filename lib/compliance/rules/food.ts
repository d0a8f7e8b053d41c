/** Research §C: foods and supplements — general health food vs 機能性表示食品 / トクホ / 栄養機能食品 (§K gating). */
import type { Rule } from '../types';
import { ALL, FOODS, SRC, allBut, family, near, only } from './define';

/** Apparel fit and idioms are not slimming claims (research C01 "do not flag"). */
const SLIM_IDIOMS = '(?<!着)';
const NOT_FFC_FOSHU = allBut('ffc', 'foshu');

export const FOOD_RULES: Rule[] = [
  ...family(
    {
      group: 'C01', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"瘦、减重X公斤"是改变身体结构的宣称（药机法），也是景品表示法/健康增进法常见处罚对象；TikTok 不支持减肥商品。',
        ja: '「痩せる」「〇kg減」は身体の構造を変える表現（薬機法）で、景品表示法・健康増進法の措置命令も多い分野です。TikTokも減量商品を認めていません。',
        en: 'Weight-loss claims change body structure (PMD Act) and are a classic enforcement target; TikTok does not support weight-loss products.',
      },
      alternatives: ['ダイエット中の栄養補給に', '置き換え1食あたり〇kcal'],
      sources: [SRC.dietNg, SRC.tiktokJpCategories],
      exceptions: [near('見え|見せ|に見える|着痩せ', 4)],
    },
    [
      ['ja', 'ja', [`${SLIM_IDIOMS}痩せ(?!型|見え|気味|我慢|て見え|る見え|すぎ|細)`, `${SLIM_IDIOMS}やせ(?:る|ます|た(?!型)|られ|ちゃ)`, '痩身|減量(?!中の)|-\\d+(?:\\.\\d+)?kg|まいなす\\d+(?:\\.\\d+)?kg|\\d+(?:\\.\\d+)?kg(?:減|痩|やせ|落ち)|だいえっと効果|脂肪が落ち']],
      ['zh', 'zh', ['减肥|瘦身|掉秤|暴瘦|狂瘦|躺瘦']],
      ['en', 'en', ['\\blose weight\\b|\\bweight loss\\b|\\bslimming\\b|\\blose \\d+ ?(?:kg|lbs?|pounds)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C02', law: 'kenzo', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"只要喝/穿/贴就能瘦、不用运动和节食"是消费者厅措置命令的典型案例（健康增进法、景品表示法）。',
        ja: '「飲むだけで」「着るだけで」「運動なしで」痩せる等は、食事制限・運動不要を示す典型的な措置命令事例です。',
        en: '"Just drink/wear it", "no diet or exercise" outcome claims are the textbook enforcement pattern.',
      },
      alternatives: ['バランスのよい食事・適度な運動とあわせて'],
      sources: [SRC.ffcAds, SRC.dietNg],
    },
    [
      ['ja', 'ja', ['(?:飲む|食べる|貼る|着る|塗る|巻く|履く|寝る|つける)だけで[^。\\n]{0,20}?(?:痩|やせ|細く|減|落ち|燃焼|引き締|若返|白く|消え|治|生え|伸び)', '寝ている間に[^。\\n]{0,10}?(?:痩|やせ|燃焼|細)', '運動(?:なし|不要|せず)で?|食事制限(?:なし|不要|せず)']],
      ['zh', 'zh', ['躺着(?:就能)?瘦|不节食|不运动(?:也能)?瘦|喝着就瘦']],
      ['en', 'en', ['\\bwithout (?:diet(?:ing)?|exercise)\\b|\\bno (?:diet|exercise) (?:needed|required)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C03', law: 'kenzo', severity: 'high', scopes: NOT_FFC_FOSHU, efficacy: true,
      explanation: {
        zh_CN: '"燃脂、分解脂肪、提高代谢、抑制糖/脂肪吸收"是普通食品不能写的功能；机能性表示食品/特保只能用申报或批准的原文。',
        ja: '「脂肪燃焼」「代謝アップ」「糖の吸収を抑える」は一般食品では表示できません。機能性表示食品・トクホは届出・許可どおりの表現のみ。',
        en: 'Fat burning, metabolism boosting or blocking sugar/fat absorption cannot be claimed for ordinary foods; FFC/FOSHU only in the notified wording.',
      },
      alternatives: ['ダイエットを意識する方の食生活に'],
      sources: [SRC.kenzoExamples, SRC.dietNg],
    },
    [
      ['ja', 'ja', ['脂肪(?:を)?(?:燃焼|分解)|燃焼系|代謝(?:を)?(?:あっぷ|up|上げ|高め|促進)|基礎代謝(?:を)?(?:上げ|あっぷ)']],
      ['ja-absorb', 'ja', ['(?:糖|糖質|脂肪|脂質)の吸収を(?:抑え|おだやかに|ぶろっく)|(?:糖|糖質|脂肪)(?:を)?ぶろっく']],
      ['zh', 'zh', ['燃脂|刮油|加速代谢|阻断糖分?|分解脂肪']],
      ['en', 'en', ['\\bfat[ -]burn(?:ing|er)?\\b|\\bburns? fat\\b|\\bboosts? (?:your )?metabolism\\b|\\bcarb blocker\\b']],
    ],
  ),
  ...family(
    {
      group: 'C04', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"降血压、降血糖、降胆固醇"是医药品宣称，即使是特保/机能性表示食品也只能使用批准/申报的原文。',
        ja: '「血圧・血糖値・コレステロールが下がる」は医薬品的表現です。トクホ・機能性表示食品でも許可・届出どおりの表現に限ります。',
        en: 'Lowering blood pressure, blood sugar or cholesterol is a drug claim; even FOSHU/FFC must use the approved wording.',
      },
      alternatives: ['毎日の健康維持に'],
      sources: [SRC.hiroshima],
      // A notified FFC statement ("…血圧を下げる機能があることが報告されています") is the permitted claim itself.
      exceptions: [near('報告されています|報告があります', 48, ['ffc'])],
    },
    [
      ['ja', 'ja', ['(?:血圧|血糖値?|これすてろーる|中性脂肪|尿酸値?)(?:が|を)?(?:下が|下げ|正常|低下|改善|減)']],
      ['zh', 'zh', ['降(?:血压|血糖|血脂|三高|尿酸)']],
      ['en', 'en', ['\\blowers? (?:your )?(?:blood pressure|blood sugar|cholesterol)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C05', law: 'kenzo', severity: 'medium', scopes: NOT_FFC_FOSHU, efficacy: true,
      explanation: {
        zh_CN: '"血糖/血压令人在意的人"指向身体指标，普通食品不能使用；只有机能性表示食品/特保按申报或批准内容可用。',
        ja: '「血糖値が気になる方に」等は体の指標（疾病に近い）を示し、一般食品では使えません。機能性表示食品・トクホは届出・許可どおりなら可。',
        en: '"For people concerned about blood sugar/pressure" targets a body index; only FFC/FOSHU with that notified/approved wording may say it.',
      },
      alternatives: ['毎日の食生活に'],
      sources: [SRC.hiroshima, SRC.ffcAds],
    },
    [['ja', 'ja', ['(?:血糖値?|血圧|これすてろーる|中性脂肪|尿酸値?|体脂肪|内臓脂肪)が(?:気になる|高め|高い)(?:の)?方']]],
  ),
  ...family(
    {
      group: 'C06', law: 'yakki', severity: 'high', scopes: NOT_FFC_FOSHU, efficacy: true,
      explanation: {
        zh_CN: '"通便、改善便秘、调整肠道"是医药品式宣称；只有特保/机能性表示食品可用批准/申报的"调整肠道状态"。',
        ja: '「便秘解消」「整腸」「腸内環境を整える」は医薬品的表現です。トクホ・機能性表示食品の許可・届出表現のみ可。',
        en: 'Relieving constipation or regulating the gut is a drug-like claim; FOSHU/FFC may use their approved "helps regulate the gut".',
      },
      alternatives: ['食物繊維の補給に', 'すっきりした毎日に'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['便秘(?:が|を)?(?:解消|改善|に効|治|撃退)|お通じ(?:が|を)?(?:改善|解消|よくな)|整腸|腸内環境を整え|宿便|おなかの調子を整え|お腹の調子を整え']],
      ['zh', 'zh', ['通便|润肠|排宿便|清宿便']],
      ['en', 'en', ['\\brelieves? constipation\\b|\\bcures? constipation\\b']],
    ],
  ),
  ...family(
    {
      group: 'C07', law: 'kenzo', severity: 'high', scopes: allBut('quasi_drug'), efficacy: true,
      explanation: {
        zh_CN: '"消除疲劳、滋补强壮、增强精力"是健康增进法列出的不当健康宣称。',
        ja: '「疲労回復」「滋養強壮」「精力増強」は健康増進法上問題となる例に挙げられています。',
        en: 'Fatigue recovery, tonic or virility claims are listed examples of improper health claims.',
      },
      alternatives: ['毎日がんばる方の栄養補給に'],
      sources: [SRC.kenzoExamples],
    },
    [
      ['ja', 'ja', ['疲労回復|滋養強壮|精力(?:増強|あっぷ|剤)|体力増強|疲れが取れ|疲れがとれ']],
      ['zh', 'zh', ['抗疲劳|消除疲劳|壮阳|补肾|增强体力']],
      ['en', 'en', ['\\b(?:relieves?|cures?) fatigue\\b|\\bboosts? (?:stamina|libido)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C08', law: 'kenzo', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"提高专注力/记忆力、预防痴呆"是不当健康宣称；机能性表示食品只能用申报原文。',
        ja: '「集中力アップ」「記憶力アップ」「認知症予防」は健康増進法・薬機法上問題となる表現です。機能性表示食品は届出表示どおりに。',
        en: 'Focus, memory or dementia claims are improper health claims; FFC may only use its notified wording.',
      },
      alternatives: ['勉強や仕事をがんばる方の栄養補給に'],
      sources: [SRC.cognition, SRC.kenzoExamples],
    },
    [
      ['ja', 'ja', ['集中力(?:が|を)?(?:あっぷ|up|高ま|高め|向上)|記憶力(?:が|を)?(?:あっぷ|up|高め|向上)|物忘れ(?:を)?(?:改善|予防|防止)|頭が良くな|頭がよくな']],
      ['zh', 'zh', ['提高记忆力|健脑|补脑|提高注意力']],
      ['en', 'en', ['\\bimproves? (?:memory|focus|concentration)\\b|\\bboosts? (?:memory|focus|brain power)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C09', law: 'kenzo', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"改善失眠、一夜好眠"是疾病或身体机能宣称；机能性表示食品只能用申报的"有助于提高睡眠质量"。',
        ja: '「不眠解消」「ぐっすり眠れる」「睡眠改善」は疾病・身体機能の表現です。機能性表示食品は届出どおり「睡眠の質の向上に役立つ」等。',
        en: 'Insomnia relief or "sleep deeply" is a disease/body claim; FFC may only use its notified sleep-quality wording.',
      },
      alternatives: ['リラックスタイムに'],
      sources: [SRC.ffcAds],
    },
    [
      ['ja', 'ja', ['ぐっすり眠れ|睡眠(?:を)?改善|快眠効果|眠りが深くな']],
      ['zh', 'zh', ['改善睡眠|助眠|治失眠|一觉到天亮']],
      ['en', 'en', ['\\bimproves? (?:your )?sleep\\b|\\bcures? insomnia\\b']],
    ],
  ),
  ...family(
    {
      group: 'C10', law: 'yakki', severity: 'high', scopes: allBut('apparel', 'ffc'), efficacy: true,
      explanation: {
        zh_CN: '"缓解眼疲劳、恢复视力、关节痛、软骨再生"是广岛市等列出的医药品式宣称。',
        ja: '「目の疲れに」「視力回復」「関節の痛みに」「軟骨再生」は医薬品的な効能表現です。',
        en: 'Eye strain, eyesight recovery, joint pain or cartilage regeneration claims are drug-like.',
      },
      alternatives: ['毎日の健康維持に'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['目の疲れ(?:に|を|が)|視力(?:が|を)?(?:回復|改善|あっぷ|良くな)|関節の痛み|(?:ひざ|膝|腰)の痛み(?:に|が|を)|軟骨(?:を|が)?(?:再生|増や)|階段が(?:らく|楽)に']],
      ['zh', 'zh', ['护眼|明目|缓解关节痛|恢复视力']],
      ['en', 'en', ['\\brestores? (?:your )?eyesight\\b|\\bjoint pain relief\\b|\\brelieves? joint pain\\b']],
    ],
  ),
  ...family(
    {
      group: 'C11', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"血液清爽、改善血流、改善手脚冰冷"是医药品式宣称。',
        ja: '「血液サラサラ」「血流改善」「冷え性改善」は医薬品的な表現です。「体が温まる」など感覚表現に。',
        en: 'Thinner blood, better blood flow or curing cold hands and feet are drug-like; use sensory wording ("warming").',
      },
      alternatives: ['体が温まるひととき'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['血液(?:が)?さらさら|血流(?:を)?(?:改善|促進|良く)|血行(?:を)?促進|冷え(?:性|症)(?:を|が)?(?:改善|解消|治)']],
      ['zh', 'zh', ['活血|改善血液循环|疏通血管']],
      ['en', 'en', ['\\bimproves? (?:blood )?circulation\\b']],
    ],
  ),
  ...family(
    {
      group: 'C12', law: 'yakki', severity: 'high', scopes: allBut('household', 'electronics', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '"花粉症对策、缓解过敏、预防宿醉"是疾病相关的医药品式宣称。',
        ja: '「花粉症対策」「アレルギー緩和」「二日酔い予防」は疾病に関わる医薬品的表現です。',
        en: 'Hay fever, allergy relief or hangover prevention are disease-related drug claims.',
      },
      alternatives: ['季節のリフレッシュに'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['花粉症対策|鼻(?:づまり)?すっきり|あれるぎー(?:を|が)?(?:緩和|改善|抑え|予防)|二日酔い(?:を|の)?(?:予防|防止|に効|対策|知らず)']],
      ['zh', 'zh', ['解酒|抗过敏|缓解过敏']],
      ['en', 'en', ['\\ballergy relief\\b|\\bhangover (?:cure|prevention)\\b']],
    ],
  ),
  ...family(
    {
      group: 'C13', law: 'foodLabel', severity: 'medium', scopes: only('ffc', 'health_food', 'food', 'general'), efficacy: true,
      explanation: {
        zh_CN: '机能性表示食品必须使用申报原文（通常带"已有报告显示……"）。省略或超出申报内容即违规。',
        ja: '機能性表示食品は届出表示をそのまま使う必要があります。「〜が報告されています」を省く、届出を超える表示は不可。',
        en: 'FFC must use the notified claim verbatim; dropping "has been reported to" or going beyond it is not allowed.',
      },
      alternatives: ['届出表示をそのまま記載（例：「〜の機能があることが報告されています」）'],
      sources: [SRC.ffcProblems, SRC.ffcAds],
      exceptions: [near('報告されています|届出表示', 30)],
    },
    [['ja', 'ja', ['(?:内臓脂肪|体脂肪|お腹の脂肪|おなかの脂肪|腹部の脂肪)を(?:減ら|落と|なくす)']]],
  ),
  ...family(
    {
      group: 'C14', law: 'foodLabel', severity: 'high', scopes: ALL,
      explanation: {
        zh_CN: '"与特保同等、政府机关认可、某某省推荐"会让人误认国家认可。',
        ja: '「トクホと同等」「政府機関も認めた」「〇〇省推薦」は国の認可と誤認させます。',
        en: '"Equal to FOSHU", "recognised by the government" mislead about state approval.',
      },
      alternatives: ['機能性表示食品（届出番号〇〇）'],
      sources: [SRC.ffcProblems],
    },
    [
      ['ja', 'ja', ['とくほと同(?:等|じ|レベル)|政府(?:機関)?(?:も|が)認め|[一-龥]省(?:推薦|推奨|認定)']],
      ['zh', 'zh', ['国家推荐|卫健委推荐']],
    ],
  ),
  ...family(
    {
      group: 'C15', law: 'kenzo', severity: 'high', scopes: allBut('foshu'),
      explanation: {
        zh_CN: '"特保/特定保健用食品"只能用于获得消费者厅许可的商品（健康增进法43条）。',
        ja: '「トクホ」「特定保健用食品」は消費者庁の許可を受けた商品だけが表示できます（健康増進法43条）。',
        en: '"FOSHU" may only be used for products approved by the Consumer Affairs Agency (Health Promotion Act Art. 43).',
      },
      alternatives: ['（削除）'],
      sources: [SRC.ffcProblems],
      // The FFC statement every label must carry: "特定保健用食品と異なり、…個別審査を受けたものではありません".
      exceptions: [near('と異なり|とは異なり|個別審査', 24)],
    },
    [
      ['ja', 'ja', ['とくほ|特定保健用食品']],
      ['zh', 'zh', ['特保|蓝帽子']],
    ],
  ),
  ...family(
    {
      group: 'C16', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"代替药物、不用吃药、不用去医院"是医药品宣称，也可能危害健康。',
        ja: '「薬の代わりに」「薬に頼らない」「病院いらず」は医薬品的表現で、健康被害のおそれもあります。',
        en: '"Instead of medicine", "no more doctor visits" are drug claims and can endanger health.',
      },
      alternatives: ['（削除）'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['薬の代わり|薬に頼らな|病院いらず|医者いらず|医薬品と同(?:等|じ)|いんすりんの代わり']],
      ['zh', 'zh', ['代替药物|不用吃药|告别吃药']],
      ['en', 'en', ['\\binstead of (?:medicine|medication|drugs)\\b|\\breplaces? (?:your )?medication\\b']],
    ],
  ),
  ...family(
    {
      group: 'C17', law: 'foodLabel', severity: 'medium', scopes: only('fnfc'), efficacy: true,
      explanation: {
        zh_CN: '营养机能食品只能使用规定的营养素功能表述原文，不能扩展到美容、减肥等效果。',
        ja: '栄養機能食品は定められた栄養成分の機能の文言のみ表示できます。美肌・痩身などへ広げることはできません。',
        en: 'Nutrient-function foods may only use the fixed nutrient statements, not beauty or slimming claims.',
      },
      alternatives: ['ビタミンCは、皮膚や粘膜の健康維持を助けるとともに、抗酸化作用を持つ栄養素です。'],
      sources: [SRC.ffcAds],
    },
    [['ja', 'ja', ['(?:びたみん[a-z0-9]{0,3}|かるしうむ|鉄分?|亜鉛|まぐねしうむ)(?:で|が|の力で)(?:美肌|美白|痩|やせ|若返|疲労回復|風邪予防)']]],
  ),
  ...family(
    {
      group: 'C18', law: 'yakki', severity: 'high', scopes: allBut('fnfc', 'ffc', 'foshu', 'quasi_drug', 'household', 'electronics', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '"抗氧化、清除活性氧"是身体机能宣称；只有营养机能食品的规定文句（维生素C/E）或申报/批准内容可用。',
        ja: '「抗酸化」「活性酸素を除去」は身体機能の表現です。栄養機能食品の定型文（ビタミンC・E）や届出・許可内容のみ可。',
        en: 'Antioxidant or free-radical claims are body-function claims; allowed only in FNFC fixed statements or notified/approved wording.',
      },
      alternatives: ['ポリフェノールを含む'],
      sources: [SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['抗酸化|活性酸素(?:を)?(?:除去|消去|撃退|減ら)']],
      ['zh', 'zh', ['抗氧化|清除自由基']],
      ['en', 'en', ['\\bantioxidant\\b|\\bfree radicals?\\b']],
    ],
  ),
  ...family(
    {
      group: 'C19', law: 'tiktok', severity: 'medium', scopes: FOODS,
      explanation: {
        zh_CN: 'TikTok Shop 日本站据报道禁止跨境卖家销售药品与补充剂、减肥类商品，请先确认类目是否允许。',
        ja: 'TikTok Shop 日本では越境セラーによるサプリメント・医薬品・ダイエット商品の販売が禁止と報じられています。カテゴリ可否を確認してください。',
        en: 'TikTok Shop Japan reportedly bars cross-border sellers from supplements, drugs and weight-loss products; confirm the category first.',
      },
      alternatives: ['（カテゴリ可否を確認）'],
      sources: [SRC.tiktokJpCategories, SRC.tiktokJpGuide],
    },
    [['ja', 'ja', ['さぷりめんと|さぷり(?!め)']], ['zh', 'zh', ['保健品|营养补充剂']]],
  ),
];
