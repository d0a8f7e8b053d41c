/** Research §B: cosmetics-specific claims (check the quasi-drug column before flagging) and §K gating. */
import type { Rule } from '../types';
import { ADV, ALL, SRC, allBut, family, near, only } from './define';

/** Laundry and fabric stains are not skin spots (research B01 "do not flag"); concealers may "cover". */
const STAIN_CONTEXT = near('衣類|衣服|服の|洋服|洗濯|布|かーぺっと|しみ抜き|しみぬき|汚れ|しゃつ|襟|えり|じゅうたん|たおる|食べこぼし|繊維|生地|ゆにふぉーむ|靴', 14);
const COVER_MAKEUP = near('かばー|隠す|隠せ|隠れ|目立たなく見せ|めーきゃっぷ効果|こんしーらー|ふぁんでーしょん', 12);
const SKIN_BODY = allBut('household', 'electronics', 'apparel');

export const COSMETIC_RULES: Rule[] = [
  ...family(
    {
      group: 'B01', law: 'yakki', severity: 'high', scopes: allBut('household'), efficacy: true,
      explanation: {
        zh_CN: '"祛斑、淡斑、色斑消失"不被允许。化妆品最多写"防止日晒引起的色斑雀斑"，医药部外品只能写批准的"抑制黑色素生成，防止色斑雀斑"。',
        ja: '「シミが消える・薄くなる」は不可。化粧品は「日やけによるシミ・そばかすを防ぐ」まで、医薬部外品は承認された「メラニンの生成を抑え、シミ・そばかすを防ぐ」のみです。',
        en: 'Spot removal cannot be claimed. Cosmetics may say "prevents spots and freckles caused by sunburn"; quasi-drugs only their approved melanin wording.',
      },
      alternatives: ['日やけによるシミ・そばかすを防ぐ', 'メイクでシミをカバー'],
      sources: [SRC.cosme56, SRC.cosmeTop10, SRC.ngOkPairs],
      exceptions: [STAIN_CONTEXT, COVER_MAKEUP],
    },
    [
      ['ja', 'ja', [`(?<![楽悲苦親惜憎慈馴])(?:しみ|染み|そばかす)(?:[、,]?(?:そばかす|しわ|くすみ|くま|たるみ|毛穴))*${ADV}(?:消え|消す|消せ|消し|なくな|無くな|薄くな|うすくな|薄く|取れ|とれ|除去|改善|解消|撃退|ぽろっと)`, 'しみ取り|しみとり']],
      ['zh', 'zh', ['祛斑|淡斑|去斑|淡化色斑|斑点消失']],
      ['en', 'en', ['\\b(?:removes?|fades?|erases?|eliminates?) (?:dark |age |sun )?spots\\b|\\bdark spot (?:remover|corrector)\\b']],
    ],
  ),
  ...family(
    {
      group: 'B02', law: 'yakki', severity: 'high', scopes: SKIN_BODY, efficacy: true,
      explanation: {
        zh_CN: '"去皱、皱纹消失"不可。化妆品只能写"淡化干燥引起的细纹"并注明"※已做功效评价试验"；"改善皱纹"仅限获批的医药部外品。',
        ja: '「シワが消える」は不可。化粧品は「乾燥による小ジワを目立たなくする※効能評価試験済み」まで。「シワ改善」は承認を受けた医薬部外品のみ。',
        en: 'Wrinkle removal cannot be claimed; cosmetics may only say "makes fine lines from dryness less visible" with the test note.',
      },
      alternatives: ['乾燥による小ジワを目立たなくする※効能評価試験済み', '小じわを目立たなく見せる（メーキャップ効果）'],
      sources: [SRC.cosme56, SRC.cosmeTop10],
      exceptions: [COVER_MAKEUP],
    },
    [
      ['ja', 'ja', [`(?:しわ|皺|小じわ|ほうれい線)${ADV}(?:消え|消す|なくな|無くな|伸び|取れ|とれ|薄くな|撃退)|しわ取り|しわとり`]],
      ['ja-kaizen', 'ja', ['(?:しわ|皺)(?:を)?改善'], { scopes: allBut('household', 'electronics', 'apparel', 'quasi_drug') }],
      ['zh', 'zh', ['去皱|抗皱|除皱|皱纹消失']],
      ['en', 'en', ['\\b(?:erases?|removes?|eliminates?) wrinkles\\b|\\bwrinkle remover\\b']],
    ],
  ),
  ...family(
    {
      group: 'B03', law: 'yakki', severity: 'high', scopes: allBut('quasi_drug', 'household'), efficacy: true,
      explanation: {
        zh_CN: '"美白"只限含有批准美白成分的医药部外品，并须注明"※抑制黑色素生成，防止色斑雀斑"。化妆品只能写妆效（提亮妆感）。',
        ja: '「美白」は承認された美白有効成分を含む医薬部外品のみ（「※メラニンの生成を抑え、シミ・そばかすを防ぐこと」の注記が必要）。化粧品はメーキャップ効果で表現を。',
        en: '"Whitening" is allowed only for approved quasi-drugs with the melanin footnote; cosmetics may only describe a make-up effect.',
      },
      alternatives: ['メイクで明るい印象に', 'トーンアップ（メーキャップ効果）'],
      sources: [SRC.whitening, SRC.cosme56],
      exceptions: [near('歯を白く|歯の|歯磨|はみがき|白髪染め|ほわいとにんぐ歯', 8)],
    },
    [
      ['ja', 'ja', ['美白|ほわいとにんぐ|肌が白くな|色白にな|肌を白く']],
      ['ja-melanin', 'ja', ['めらにんの生成を抑え']],
      ['zh', 'zh', ['亮白|提亮肤色|焕白|嫩白|变白']],
      ['en', 'en', ['\\bskin (?:whitening|lightening)\\b|\\bwhitening (?:cream|serum|lotion|effect)\\b|\\bbrightens? (?:your )?skin\\b']],
    ],
  ),
  ...family(
    {
      group: 'B03', law: 'yakki', severity: 'low', scopes: only('quasi_drug'), efficacy: true,
      unlessTextHas: 'めらにんの生成を抑え',
      explanation: {
        zh_CN: '医药部外品写"美白"时，须在旁注明"※抑制黑色素生成，防止色斑雀斑"。',
        ja: '医薬部外品で「美白」と書く場合は「※メラニンの生成を抑え、シミ・そばかすを防ぐこと」の注記を近くに入れてください。',
        en: 'A quasi-drug saying "whitening" needs the footnote "suppresses melanin production and prevents spots and freckles".',
      },
      alternatives: ['美白※（※メラニンの生成を抑え、シミ・そばかすを防ぐこと）'],
      sources: [SRC.whitening],
    },
    [['qd-note', 'ja', ['美白']]],
  ),
  ...family(
    {
      group: 'B04', law: 'yakki', severity: 'high', scopes: allBut('household', 'electronics', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '"祛痘、痘痘消失"不可。化妆品只有洗面奶可写"通过清洁防止痘痘"；医药部外品可写"预防痘痘"。',
        ja: '「ニキビが治る・消える」は不可。化粧品は洗顔料の「洗浄によりニキビを防ぐ」のみ、医薬部外品は「にきびを防ぐ」。',
        en: 'Acne cure or removal cannot be claimed; cosmetic cleansers may say "prevents acne by cleansing", quasi-drugs "prevents acne".',
      },
      alternatives: ['洗浄によりニキビを防ぐ（洗顔料）', 'ニキビ跡をカバー（メーキャップ効果）'],
      sources: [SRC.cosme56, SRC.cosmeTop10],
      exceptions: [COVER_MAKEUP],
    },
    [
      ['ja', 'ja', [`(?:にきび|吹き出物|吹出物)(?:跡)?${ADV}(?:治|効|消え|消す|なくな|無くな|改善|解消|撃退)`]],
      ['ja-yobou', 'ja', ['にきび(?:を)?予防'], { scopes: allBut('household', 'electronics', 'apparel', 'quasi_drug') }],
      ['zh', 'zh', ['祛痘|去痘印?|消痘|战痘|淡化痘印']],
      ['en', 'en', ['\\b(?:cures?|clears?|eliminates?|gets? rid of) acne\\b|\\bacne (?:treatment|cure)\\b']],
    ],
  ),
  ...family(
    {
      group: 'B06', law: 'yakki', severity: 'high', scopes: allBut('quasi_drug', 'household', 'electronics', 'apparel', 'medical_device'), efficacy: true,
      explanation: {
        zh_CN: '用于皮肤的"杀菌、消毒、消炎"只有获批的医药部外品（药用皂等）可以宣称。',
        ja: '肌への「殺菌」「消毒」「消炎」は承認を受けた医薬部外品（薬用石けん等）だけが表示できます。',
        en: 'Antibacterial, disinfecting or anti-inflammatory claims on skin are for approved quasi-drugs only.',
      },
      alternatives: ['汚れを落として肌を清潔に保つ'],
      sources: [SRC.quasiDrug, SRC.cosme56],
    },
    [
      ['ja', 'ja', ['殺菌|消毒|抗炎症|消炎|炎症を(?:抑え|鎮め)']],
      ['zh', 'zh', ['杀菌|消炎|抗菌消炎']],
      ['en', 'en', ['\\bantibacterial\\b|\\bkills? germs\\b|\\bantiseptic\\b|\\banti-inflammatory\\b']],
    ],
  ),
  ...family(
    {
      group: 'B07', law: 'yakki', severity: 'medium', scopes: SKIN_BODY, efficacy: true,
      explanation: {
        zh_CN: '化妆品的渗透只能到"角质层"，并须注明"※至角质层"。"渗透到肌底、真皮"不可。',
        ja: '化粧品の浸透は「角質層まで」に限られ、その旨の注記が必要です。「肌の奥まで」「真皮まで」は不可。',
        en: 'Cosmetics may only penetrate "to the stratum corneum", stated as such; "deep into the skin/dermis" is not allowed.',
      },
      alternatives: ['角質層まで浸透※（※角質層まで）'],
      sources: [SRC.penetration],
    },
    [
      ['ja', 'ja', ['肌の(?:奥|奥深く|内側)まで|真皮(?:層)?まで|細胞(?:の奥)?まで(?:届|浸透)|血管まで|肌の奥深くに']],
      ['ja-shinto', 'ja', ['浸透'], { severity: 'low', exceptions: [near('角質層', 16)] }],
      ['zh', 'zh', ['渗透(?:到|至)?(?:肌底|真皮)|直达肌底|深层渗透']],
      ['en', 'en', ['\\bpenetrates? deep(?:ly)?\\b|\\bdeep penetration\\b|\\breaches the dermis\\b']],
    ],
  ),
  ...family(
    {
      group: 'B08', law: 'yakki', severity: 'low', scopes: only('general', 'cosmetic', 'quasi_drug', 'beauty_device'),
      unlessTextHas: '年齢に応じた',
      explanation: {
        zh_CN: '"エイジングケア"须注明"※符合年龄的护理"（JCIA 指南）。',
        ja: '「エイジングケア」には「※年齢に応じたお手入れ」の注記が必要です（JCIAガイドライン）。',
        en: '"Aging care" must carry the note "age-appropriate care" (JCIA guideline).',
      },
      alternatives: ['エイジングケア※（※年齢に応じたお手入れ）'],
      sources: [SRC.jciaAging],
    },
    [['ja', 'ja', ['えいじんぐけあ']]],
  ),
  ...family(
    {
      group: 'B09', law: 'yakki', severity: 'high', scopes: allBut('household', 'electronics', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '"生发"只限医药品。"育发、防脱"只限获批的医药部外品育发剂；化妆品只能写"保持头皮健康"等。',
        ja: '「発毛」は医薬品のみ。「育毛」「抜け毛予防」は承認された医薬部外品のみで、化粧品は「頭皮をすこやかに保つ」等まで。',
        en: 'Hair growth is drug-only; "hair restoration / prevents hair loss" is for approved quasi-drugs; cosmetics may say "keeps the scalp healthy".',
      },
      alternatives: ['頭皮をすこやかに保つ', '毛髪にはり、こしを与える'],
      sources: [SRC.cosme56],
    },
    [
      ['ja-hatsumo', 'ja', [`発毛|(?:髪|毛|髪の毛)${ADV}生え`]],
      ['ja-ikumo', 'ja', ['育毛|薄毛(?:が|を)?(?:改善|解消|治|予防)|抜け毛(?:が|を)?(?:止ま|予防|防止|減)'], { scopes: allBut('household', 'electronics', 'apparel', 'quasi_drug') }],
      ['zh', 'zh', ['生发|防脱发?|育发|防止脱发']],
      ['en', 'en', ['\\bhair (?:growth|regrowth)\\b|\\bregrows? hair\\b|\\bstops? hair loss\\b']],
    ],
  ),
  ...family(
    {
      group: 'B10', law: 'yakki', severity: 'high', scopes: SKIN_BODY, efficacy: true,
      explanation: {
        zh_CN: '"睫毛变长、眉毛长出"是毛发生长宣称。睫毛膏只能写"让睫毛看起来更长（妆效）"。',
        ja: '「まつ毛が伸びる・生える」は発毛の表現です。マスカラなら「まつ毛を長く見せる（メーキャップ効果）」。',
        en: 'Lash or brow growth is a hair-growth claim; mascara may say "makes lashes look longer (make-up effect)".',
      },
      alternatives: ['まつ毛を長く見せる（メーキャップ効果）', 'まつ毛を保護する'],
      sources: [SRC.cosme56, SRC.makeup123],
      exceptions: [near('見せる|見え|めーきゃっぷ', 6)],
    },
    [
      ['ja', 'ja', [`(?:まつ毛|まつげ|睫毛|眉毛|まゆげ)${ADV}(?:伸び|生え|増え|育)|育まつ毛|まつ育`]],
      ['zh', 'zh', ['睫毛(?:增长|生长|变长)|生眉']],
      ['en', 'en', ['\\b(?:grows?|lengthens?) (?:your )?(?:lashes|eyelashes|brows)\\b|\\blash growth\\b']],
    ],
  ),
  ...family(
    {
      group: 'B11', law: 'yakki', severity: 'high', scopes: allBut('apparel'), efficacy: true,
      explanation: {
        zh_CN: '"丰胸、瘦脸、消除橘皮组织、溶脂"是改变身体结构的宣称（医药品/医疗器械），也需实证。',
        ja: '「バストアップ」「小顔になる」「セルライト除去」「脂肪燃焼クリーム」は身体の構造を変える表現（医薬品・医療機器）です。',
        en: 'Bust enlargement, face slimming, cellulite removal or fat-burning creams claim body-structure change.',
      },
      alternatives: ['マッサージしながらボディをお手入れ', 'シェーディングで小顔印象に（メーキャップ効果）'],
      sources: [SRC.ngOkPairs, SRC.fusinjitsu],
      exceptions: [near('見せ|見え|印象|しぇーでぃんぐ|めいく', 8)],
    },
    [
      ['ja', 'ja', ['ばすとあっぷ|豊胸|小顔にな|小顔効果|顔痩せ|顔やせ|部分痩せ|部分やせ|せるらいと(?:を)?(?:除去|解消|撃退|なくす|消)|脂肪燃焼くりーむ|むくみ(?:が)?(?:解消|取れ|とれ|改善|撃退)']],
      ['zh', 'zh', ['丰胸|瘦脸|溶脂|消除橘皮|瘦腿霜']],
      ['en', 'en', ['\\bslimming cream\\b|\\b(?:bust|breast) (?:enhancement|enlargement)\\b|\\bcellulite (?:removal|remover)\\b']],
    ],
  ),
  ...family(
    {
      group: 'B12', law: 'yakki', severity: 'high', scopes: SKIN_BODY, efficacy: true,
      explanation: {
        zh_CN: '"白发变黑、改善白发"超出化妆品范围。染发剂只能写"染白发"。',
        ja: '「白髪が黒くなる」「白髪改善」は化粧品の範囲外です。染毛剤なら「白髪を染める」。',
        en: '"Grey hair turns black" exceeds cosmetic claims; hair dyes may say "colours grey hair".',
      },
      alternatives: ['白髪を染める（染毛剤）', '白髪を目立たなくする（一時着色）'],
      sources: [SRC.cosme56],
    },
    [
      ['ja', 'ja', ['白髪が(?:黒く|減|なくな)|白髪(?:を)?(?:改善|予防|が治)']],
      ['zh', 'zh', ['白发变黑|白发转黑|改善白发']],
    ],
  ),
  ...family(
    {
      group: 'B13', law: 'adStandard', severity: 'medium', scopes: SKIN_BODY, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"低刺激、无刺激、敏感肌专用"属于受限表述，等同安全保证。请写明不含哪些成分或已做哪些测试。',
        ja: '「低刺激」「無刺激」「敏感肌専用」は制限された表現で、安全性の保証にあたります。無配合成分や試験内容を具体的に。',
        en: '"Hypoallergenic/zero irritation/for sensitive skin only" are restricted, acting as safety guarantees; state what is left out or tested.',
      },
      alternatives: ['〇〇フリー（〇〇無配合）', 'パッチテスト済み※（※すべての方に刺激が起きないわけではありません）'],
      sources: [SRC.mildness],
    },
    [
      ['ja', 'ja', ['低刺激|無刺激|敏感肌(?:でも|にも)安心|敏感肌専用']],
      ['zh', 'zh', ['敏感肌专用|温和无刺激|无刺激']],
      ['en', 'en', ['\\bnon-irritating\\b|\\bzero irritation\\b']],
    ],
  ),
  ...family(
    {
      group: 'B14', law: 'keihyo', severity: 'low', scopes: only('general', 'cosmetic', 'quasi_drug', 'health_food', 'food'),
      explanation: {
        zh_CN: '"无添加"须写明不含什么（如"不含防腐剂、合成香料"），否则可能构成优良误认。',
        ja: '「無添加」は何を添加していないかを明記する必要があります（例：パラベン・合成香料無添加）。',
        en: '"Additive-free" must name what is not added (e.g. "no parabens or synthetic fragrance").',
      },
      alternatives: ['パラベン・合成香料無添加'],
      sources: [SRC.mildness],
    },
    [
      ['ja', 'ja', ['完全無添加|(?<![一-龥ぁ-んー])無添加|のんけみかる|けみかるふりー']],
      ['zh', 'zh', ['零添加|纯天然无添加']],
    ],
  ),
  ...family(
    {
      group: 'B15', law: 'keihyo', severity: 'medium', scopes: allBut('apparel', 'household', 'electronics'),
      explanation: {
        zh_CN: '"100%天然/有机"是绝对化宣称，可能构成优良误认；TikTok 也视为绝对化用语。',
        ja: '「天然100%」「オーガニック100%」は絶対的な表現で優良誤認のおそれがあり、TikTokでも禁止表現です。',
        en: '"100% natural/organic" is an absolute claim (misleading quality; TikTok treats it as an absolute claim).',
      },
      alternatives: ['天然由来成分〇%（水を含む）'],
      sources: [SRC.tiktokVn],
    },
    [
      ['ja', 'ja', ['天然100%|100%天然|おーがにっく100%|100%おーがにっく|純度100%|100%自然由来|自然由来100%']],
      ['zh', 'zh', ['纯天然|100%纯天然|100%有机']],
      ['en', 'en', ['\\b100% (?:natural|organic|pure)\\b|\\ball[ -]natural\\b']],
    ],
  ),
  ...family(
    {
      group: 'B16', law: 'yakki', severity: 'high', scopes: allBut('quasi_drug', 'medical_device'),
      explanation: {
        zh_CN: '"药用"表示医药部外品；非医药部外品写"药用、医药品级、医用"会被误认为医药品。',
        ja: '「薬用」は医薬部外品を示す表示です。それ以外で「薬用」「医薬品級」「医療用」と書くと医薬品と誤認させます。',
        en: '"Medicated" denotes a quasi-drug; "medicated", "pharmaceutical grade" or "medical" on anything else implies a drug.',
      },
      alternatives: ['化粧品'],
      sources: [SRC.quasiDrug],
    },
    [
      ['ja', 'ja', ['薬用|医薬品級|医薬品並み|医療用|どくたーずこすめ|めでぃかるぐれーど']],
      ['zh', 'zh', ['药妆|医用级|械字号|药用级']],
      ['en', 'en', ['\\bmedical[ -]grade\\b|\\bpharmaceutical[ -]grade\\b|\\bmedicated\\b']],
    ],
  ),
  ...family(
    {
      group: 'B17', law: 'yakki', severity: 'medium', scopes: only('general', 'cosmetic', 'beauty_device'),
      explanation: {
        zh_CN: '"有效成分"是医药部外品/医药品用语，化妆品应写"配合成分（目的）"。',
        ja: '「有効成分」は医薬部外品・医薬品の用語です。化粧品は「ヒアルロン酸（保湿）配合」のように目的を添えて。',
        en: '"Active ingredient" is quasi-drug/drug language; cosmetics should write "contains X (for moisture)".',
      },
      alternatives: ['ヒアルロン酸（保湿成分）配合'],
      sources: [SRC.quasiDrug],
    },
    [['ja', 'ja', ['有効成分']], ['zh', 'zh', ['有效成分']]],
  ),
  ...family(
    {
      group: 'B18', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"绝对不晒黑、100%防紫外线、无需补涂"是绝对化保证。请写 SPF/PA 数值并建议补涂。',
        ja: '「絶対焼けない」「100%UVカット」「塗り直し不要」は絶対的な保証です。SPF・PA値を記載し、塗り直しをすすめて。',
        en: '"Never burn", "100% UV block" or "no reapplying" are absolute guarantees; state SPF/PA and advise reapplying.',
      },
      alternatives: ['SPF50+・PA++++', 'こまめな塗り直しをおすすめします'],
      sources: [SRC.tiktokVn],
    },
    [
      ['ja', 'ja', ['絶対(?:に)?焼けない|100%uv(?:かっと)?|uv100%|紫外線100%かっと|塗り直し不要']],
      ['en', 'en', ['\\b100% uv (?:block|protection)\\b|\\bblocks? 100% of uv\\b']],
    ],
  ),
];
