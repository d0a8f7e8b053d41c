/** Research §A: 薬機法 — drug-like efficacy, disease, safety and endorsement claims for non-drugs. */
import type { Rule } from '../types';
import { ADV, ALL, FOODS, SRC, allBut, cover, family, near } from './define';

const NON_DRUG = allBut('medical_device');
/** Figurative uses of 効く on goods (research A03 "do not flag"). */
const KIKU_GOODS = near('えあこん|冷房|暖房|ぶれーき|わさび|からし|すぱいす|辛さ|ぱんち|こしょう|wi-?fi|電波', 12);
const CAUTION_DISEASE = near('医師|相談|治療中|通院中|服用中|妊娠中|授乳中|お悩みの方は', 20);

export const EFFICACY_RULES: Rule[] = [
  ...family(
    {
      group: 'A01', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '宣称"治好/治愈"疾病属于医药品功效。非医药品这样写违反药机法（未经批准的医药品广告）。',
        ja: '病気が「治る」という表現は医薬品の効能です。医薬品以外では薬機法違反（未承認医薬品の広告）となります。',
        en: 'Claiming to cure a disease is a drug claim; for any non-drug it breaches the PMD Act (advertising an unapproved drug).',
      },
      alternatives: ['すこやかに保つ', '毎日のお手入れに'],
      sources: [SRC.adStandard, SRC.hiroshima],
      exceptions: [cover('政治|治安|明治|自治|退治|湯治|統治|治水|主治|治療院|治具')],
    },
    [
      ['ja-naoru', 'ja', ['治(?:[らりるれろ]|っ[たて]|します|しました|す(?![でて])|せる)', 'なお(?:[らりるれ]|っ[たて])(?!し)']],
      ['ja-kanchi', 'ja', ['完治|根治|治癒|全治']],
      ['zh', 'zh', ['治愈|治好|痊愈|药到病除']],
      ['en', 'en', ['\\bcure[sd]?\\b|\\bheals?\\b|\\bhealing\\b']],
    ],
  ),
  ...family(
    {
      group: 'A02', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"治疗"是医药品用语，化妆品、食品和杂货不能宣称治疗效果。',
        ja: '「治療」は医薬品の表現です。化粧品・食品・雑貨で治療効果をうたうことはできません。',
        en: '"Treatment" is drug language; cosmetics, foods and goods may not claim to treat anything.',
      },
      alternatives: ['ケア', 'お手入れ'],
      sources: [SRC.adStandard, SRC.hiroshima],
      exceptions: [cover('治療院|治療中|治療を受け|治療を目的としたもの|診断、?治療')],
    },
    [
      ['ja', 'ja', ['治療(?:効果|れべる)?']],
      ['zh', 'zh', ['疗效|疗程|治疗效果']],
      ['en', 'en', ['\\btreat(?:s|ing)?\\s+(?:acne|eczema|disease|pain|insomnia|hair loss|wrinkles|diabetes)', '\\btreatment (?:for|of)\\b']],
    ],
  ),
  ...family(
    {
      group: 'A03', law: 'yakki', severity: 'high', scopes: allBut('medical_device'), efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"有效/见效"暗示医药品般的效果。非医药品只能在许可的功效范围内描述。',
        ja: '「効く」「効き目」は医薬品的な効果を暗示します。医薬品以外は認められた効能の範囲で表現してください。',
        en: '"Works/effective" implies a drug effect; non-drugs must stay within their permitted efficacy wording.',
      },
      alternatives: ['気になる時のお手入れに', 'こんな方に'],
      sources: [SRC.adStandard, SRC.tiktokTh],
      exceptions: [KIKU_GOODS],
    },
    [
      ['ja', 'ja', ['効(?:[かきくけこ](?!ゅ)|いた|いて)', '効果(?:抜群|てきめん|絶大|覿面)']],
      ['zh', 'zh', ['有效(?!期)|见效|效果显著|效果惊人']],
      ['en', 'en', ['\\beffective (?:against|for)\\b|\\bworks? wonders\\b']],
    ],
  ),
  ...family(
    {
      group: 'A04', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '预防疾病属于医药品功效。化妆品只可使用"防止肌肤粗糙"等许可表述。',
        ja: '病気の予防は医薬品の効能です。化粧品は「肌荒れを防ぐ」など認められた表現のみ使えます。',
        en: 'Preventing disease is a drug claim; cosmetics may only use permitted phrases such as "prevents rough skin".',
      },
      alternatives: ['健康維持に', '季節の変わり目の体調管理に'],
      sources: [SRC.hiroshima, SRC.cosme56],
    },
    [
      ['ja', 'ja', ['(?:病気|風邪|かぜ|いんふるえんざ|癌|がん|生活習慣病|認知症|骨粗しょう症|骨粗鬆症|感染症?|動脈硬化|脳梗塞|心筋梗塞|糖尿病|高血圧|痛風|老化|うつ|口内炎|虫歯)(?:の|を)?(?:予防|防止|防ぐ|防ぎ)']],
      ['zh', 'zh', ['预防(?:疾病|感冒|癌症|糖尿病|高血压|衰老|流感)|防癌|抗癌']],
      ['en', 'en', ['\\bprevents?\\s+(?:disease|cancer|illness|infections?|colds?|flu|aging|diabetes)']],
    ],
  ),
  ...family(
    {
      group: 'A05', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true,
      explanation: {
        zh_CN: '"改善/消除/恢复"身体或皮肤状态，意味着改变身体结构或功能，超出化妆品和食品的范围。',
        ja: '体や肌の状態の「改善・解消・回復」は身体の構造・機能への作用を意味し、化粧品・食品の範囲を超えます。',
        en: 'Improving, relieving or restoring a body or skin condition claims to change body function, beyond cosmetics and foods.',
      },
      alternatives: ['すっきりとした毎日に', 'うるおいを与え、肌を整える'],
      sources: [SRC.hiroshima, SRC.ngOkPairs],
    },
    [
      ['ja', 'ja', [`(?:肌荒れ|肌とらぶる|体質|血行|冷え性?|冷え症|むくみ|たるみ|くすみ|肌質|代謝|くま)${ADV}(?:改善|解消|回復|修復|撃退|消え|なくな|取れ)`]],
      ['ja-pores', 'ja', [`毛穴${ADV}(?:消え|消す|なくな|無くな|小さくな|引き締ま|目立たなくな|改善|解消)|毛穴れす`], { exceptions: [near('見せ|かばー|めーきゃっぷ', 8)] }],
      ['zh', 'zh', ['改善(?:皮肤|肤质|体质|血液循环)|缓解疲劳|收缩毛孔|修复(?:肌肤|皮肤|屏障)']],
      ['en', 'en', ['\\b(?:relieves?|improves?)\\s+(?:skin|eczema|circulation|fatigue|pain)', '\\bshrinks?\\s+pores\\b']],
    ],
  ),
  ...family(
    {
      group: 'A06', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '写出疾病名并暗示效果（如"对过敏性皮炎有效"）即为医药品宣称；癌症等还受第67条限制。',
        ja: '病名を挙げて効果を示す表現は医薬品的な表示です（がん等は第67条の制限も）。病名を外し、生活シーンで表現してください。',
        en: 'Naming a disease next to an effect is a drug claim (Art. 67 also restricts cancer etc.). Drop the disease name.',
      },
      alternatives: ['毎日の生活に', '季節のお手入れに'],
      sources: [SRC.hiroshima, SRC.adStandard],
      exceptions: [CAUTION_DISEASE],
    },
    [
      ['ja-atopy', 'ja', ['あとぴー(?:性皮膚炎)?(?:に|が|を|の方に|でも)(?:効|改善|良|治療?|おすすめ|悩)']],
      ['ja-pollen', 'ja', ['花粉症(?:に|が|を|の)(?:効|改善|緩和|和らげ|楽|治療?|対策)']],
      ['ja-diabetes', 'ja', ['糖尿病(?:に|が|を|の)(?:効|改善|予防|治療?|対策)']],
      ['ja-bp', 'ja', ['高血圧(?:に|が|を|の)(?:効|改善|予防|治療?|対策)']],
      ['ja-cancer', 'ja', [`癌|がん細胞|がん予防|がんに効|がん${ADV}(?:消え|治|小さくな|縮小)`]],
      ['ja-pain', 'ja', ['(?:肩こり|腰痛|関節痛|頭痛|生理痛|神経痛|筋肉痛)(?:に|が|を|の)?(?:よく|すごく|とても|しっかり)?(?:効|改善|解消|緩和|和らげ|楽|治療?|消え)']],
      ['ja-insomnia', 'ja', ['不眠症?(?:に|が|を|の)?(?:効|改善|解消|治療?)']],
      ['ja-menopause', 'ja', ['更年期(?:障害)?(?:に|が|を|の)?(?:効|改善|解消|緩和|治療?)']],
      ['ja-dementia', 'ja', ['認知症(?:に|が|を|の)?(?:効|改善|治療?)']],
      ['ja-liver', 'ja', ['肝機能(?:を|が)?(?:改善|向上|高め)']],
      ['zh', 'zh', ['(?:治疗|缓解|改善)(?:湿疹|失眠|便秘|糖尿病|高血压|关节炎|痛经|头痛)']],
      ['en', 'en', ['\\b(?:cures?|relieves?|treats?|fights?)\\s+(?:eczema|insomnia|diabetes|arthritis|hypertension|cancer|migraines?)']],
    ],
  ),
  ...family(
    {
      group: 'A07', law: 'yakki', severity: 'medium', scopes: FOODS, efficacy: true,
      explanation: {
        zh_CN: '食品写"服用、饭后一日三次"等用法用量会被视为医药品（46通知）。',
        ja: '食品で「服用」「1日3回食後に」など医薬品的な用法用量を示すと医薬品とみなされます（46通知）。',
        en: 'Drug-like dosing ("take 3 times a day after meals") makes a food look like a drug (Notice 46).',
      },
      alternatives: ['1日2〜3粒を目安にお召し上がりください'],
      sources: [SRC.notice46],
    },
    [
      ['ja', 'ja', ['服用|投与|1日\\d回食[前後]|食[前後]に(?:\\d+粒)?(?:飲|服)']],
      ['zh', 'zh', ['每日\\d次|饭[前后]服用']],
    ],
  ),
  ...family(
    {
      group: 'A08', law: 'yakki', severity: 'high', scopes: FOODS.concat(['general']), efficacy: true,
      explanation: {
        zh_CN: '食品使用"特效药、汉方、生药"等医药品式名称，会被视为未批准医药品（46通知）。',
        ja: '食品に「特効薬」「漢方」「生薬」など医薬品的な名称を使うと未承認医薬品とみなされます（46通知）。',
        en: 'Drug-like names ("miracle medicine", kampo, crude drug) make a food an unapproved drug (Notice 46).',
      },
      alternatives: ['伝統素材', 'エキス配合の健康食品'],
      sources: [SRC.notice46],
    },
    [
      ['ja', 'ja', ['特効薬|万能薬|妙薬|漢方(?!薬局)|生薬|薬草']],
      ['zh', 'zh', ['中药|神药|秘方']],
    ],
  ),
  ...family(
    {
      group: 'A09', law: 'adStandard', severity: 'high', scopes: ALL, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"无副作用、100%安全、孕妇也安心"属于安全性保证，适当广告基准禁止。',
        ja: '「副作用なし」「100%安全」「妊婦でも安心」は安全性の保証で、適正広告基準で禁止されています。',
        en: '"No side effects", "100% safe", "safe in pregnancy" guarantee safety, which the advertising standards forbid.',
      },
      alternatives: ['〇〇無配合', 'アレルギーテスト済み※（すべての方にアレルギーが起きないわけではありません）'],
      sources: [SRC.adStandardSummary, SRC.snsNg],
    },
    [
      ['ja', 'ja', ['副作用(?:が|は|も)?(?:なし|無し|ない|ありません|ゼロ|0|一切|の心配(?:が|は)?(?:な|あり))', '(?:100%|完全に|絶対)安全', '刺激(?:ゼロ|0)(?!\\d)', '(?:赤ちゃん|妊婦さ?ん?|妊娠中の方)(?:でも|にも)安心']],
      ['zh', 'zh', ['无副作用|零副作用|零刺激|孕妇(?:可用|可以用|也能用)|婴儿可用|绝对安全']],
      ['en', 'en', ['\\bno side[ -]effects?\\b|\\b100% safe\\b|\\bcompletely safe\\b|\\bzero side[ -]effects?\\b']],
    ],
  ),
  ...family(
    {
      group: 'A10', law: 'adStandard', severity: 'high', scopes: ALL, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"一定有效、保证效果、人人都有感"是效果保证，违反适当广告基准和景品表示法（优良误认）。',
        ja: '「必ず効く」「効果保証」「全員が実感」は効果の保証で、適正広告基準・景品表示法（優良誤認）に反します。',
        en: '"Guaranteed results" or "everyone feels it" guarantees efficacy, banned by the standards and the misleading-quality rule.',
      },
      alternatives: ['〜を目指す方に', 'うるおいを実感'],
      sources: [SRC.adStandardSummary, SRC.superlatives],
    },
    [
      ['ja', 'ja', ['(?:必ず|確実に|絶対(?:に)?)(?:効|痩|やせ|治|実感|白く|変わ|結果)', '100%(?:効|効果|実感)', '効果(?:を)?保証|効果(?:は)?間違いな|全員が実感']],
      ['zh', 'zh', ['保证有效|100%有效|百分百有效|一定有效|绝对有效|无效退款']],
      ['en', 'en', ['\\bguaranteed (?:results?|to work|effect)|\\bresults guaranteed\\b|\\b100% effective\\b']],
    ],
  ),
  ...family(
    {
      group: 'A11', law: 'adStandard', severity: 'high', scopes: allBut('household', 'electronics', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '功效最高级（"奇迹、魔法般、最强效果"）被适当广告基准3(6)禁止，TikTok 也禁止"奇迹"宣称。',
        ja: '効能の最大級表現（奇跡・魔法の・最高の効果）は適正広告基準3(6)で禁止、TikTokも「奇跡」表現を禁止しています。',
        en: 'Superlatives about efficacy ("miracle", "magic", "best effect") are banned (standards 3(6)); TikTok bans miracle claims.',
      },
      alternatives: ['こだわりの処方', '自信作'],
      sources: [SRC.adStandard, SRC.tiktokTh],
    },
    [
      ['ja', 'ja', ['最高の効果|最強の効果|奇跡の|奇跡的|魔法の(?:ような)?(?:くりーむ|美容液|効果|さぷり)|これ以上ない効果']],
      ['zh', 'zh', ['神奇|奇迹|神器|逆天效果']],
      ['en', 'en', ['\\bmiracle\\b|\\bmiraculous\\b|\\bmagic (?:cream|serum|pill)']],
    ],
  ),
  ...family(
    {
      group: 'A12', law: 'adStandard', severity: 'high', scopes: allBut('apparel', 'electronics'), efficacy: true,
      explanation: {
        zh_CN: '"立刻见效、一晚、7天见效"等速效或期限宣称违反适当广告基准3(7)，TikTok 明确禁止（例："五天见效"）。',
        ja: '「即効」「一晩で」「7日で」など速効性・期間の表現は適正広告基準3(7)違反で、TikTokも明確に禁止しています。',
        en: 'Speed or timeframe claims ("instant", "overnight", "in 7 days") breach standards 3(7) and TikTok policy.',
      },
      alternatives: ['毎日のお手入れに', '使うたびにうるおう'],
      sources: [SRC.adStandard, SRC.tiktokCn],
      exceptions: [cover('即日発送|即日出荷|速乾')],
    },
    [
      ['ja', 'ja', ['即効|すぐに効|一晩で|ひと晩で|たった\\d+(?:日|週間|分)', '\\d+(?:日|週間|か月|ヶ月|ケ月)(?:間)?で(?:効|痩|やせ|白|変|実感|しみ|しわ|肌|-?\\d+kg|結果)', '塗った瞬間(?:に)?(?:白|しみ|しわ|消)', '\\d+時間効果(?:が)?持続']],
      ['zh', 'zh', ['\\d+天(?:见效|美白|瘦|祛斑)|[一二三四五六七八九十]天见效|立竿见影|立即见效|一抹(?:就|即)']],
      ['en', 'en', ['\\binstant (?:results?|effect)|\\bovernight results\\b|\\bresults in \\d+ days\\b|\\bin (?:just )?\\d+ days\\b']],
    ],
  ),
  ...family(
    {
      group: 'A13', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"医生推荐、皮肤科医生认可"违反药机法66条2项（暗示医药相关人员保证效果）。',
        ja: '「医師推奨」「皮膚科医も認めた」は医薬関係者の推薦で、薬機法66条2項・適正広告基準に反します。',
        en: '"Doctor/dermatologist recommended" implies medical professionals vouch for it (PMD Act 66(2)).',
      },
      alternatives: ['（推薦表現を削除し、成分・使用感など事実を記載）'],
      sources: [SRC.adStandardSummary, SRC.snsNg],
    },
    [
      ['ja', 'ja', ['(?:医師|医者|ドクター|皮膚科医|薬剤師|歯科医|専門医)(?:が|も)?(?:推奨|推薦|認めた|おすすめ|お墨付き|絶賛|驚いた|驚愕|びっくり)', '病院で(?:も)?使われ|医療機関(?:でも|で)?採用', '(?:医師|医者|どくたー|皮膚科医|専門医|医学博士|名誉教授)(?:の先生方?|の方々|たち)?(?:が|も)[^。\\n]{0,10}(?:研究|開発|監修|推奨|推薦|認め|絶賛|太鼓判|お墨付き|愛用)']],
      ['zh', 'zh', ['医生推荐|皮肤科医生推荐|医生认可|药剂师推荐|医院同款']],
      ['en', 'en', ['\\b(?:doctor|dermatologist|physician)[ -](?:recommended|approved)\\b']],
    ],
  ),
  ...family(
    {
      group: 'A14', law: 'keihyo', severity: 'medium', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"临床验证、科学证明"需要与宣称相符的客观证据（景品表示法7条2项，15天内提交）。',
        ja: '「臨床試験済み」「医学的に証明」は主張に見合う客観的根拠が必要です（景品表示法7条2項、15日以内に提出）。',
        en: '"Clinically proven" needs objective evidence that fits the claim (Art. 7(2): submit within 15 days).',
      },
      alternatives: ['試験内容（人数・条件）を具体的に記載'],
      sources: [SRC.fusinjitsu],
      exceptions: [cover('あれるぎーてすト済み|ぱっちてすと済み|のんこめどじぇにっくてすと済み')],
    },
    [
      ['ja', 'ja', ['臨床試験済み?|医学的に(?:証明|実証)|科学的に(?:証明|実証)|論文で(?:証明|実証)|臨床で実証']],
      ['zh', 'zh', ['临床(?:验证|证明|实验证明)|科学证明']],
      ['en', 'en', ['\\b(?:clinically|scientifically|medically) proven\\b']],
    ],
  ),
  ...family(
    {
      group: 'A15', law: 'keihyo', severity: 'high', scopes: allBut('foshu'),
      explanation: {
        zh_CN: '"厚劳省认可、国家认证"会让人误以为获得政府批准。机能性表示食品并非国家个别审查。',
        ja: '「厚労省認可」「国が認めた」は国の承認を誤認させます。機能性表示食品は国の個別審査を受けていません。',
        en: '"Government approved" misleads; functional-claim foods are notified, not individually reviewed.',
      },
      alternatives: ['機能性表示食品（届出番号〇〇）'],
      sources: [SRC.ffcProblems],
    },
    [
      ['ja', 'ja', ['(?:厚労省|厚生労働省|消費者庁|国)(?:が|の)?(?:認可|承認|認めた|お墨付き|推奨)']],
      ['zh', 'zh', ['国家认证|国家认可|政府认证|卫生部批准']],
      ['en', 'en', ['\\bfda[ -](?:approved|certified)\\b|\\bgovernment[ -]approved\\b']],
    ],
  ),
  ...family(
    {
      group: 'A16', law: 'yakki', severity: 'high', scopes: allBut('medical_device', 'apparel', 'electronics', 'household'), efficacy: true,
      explanation: {
        zh_CN: '"细胞层面、激活细胞、调节荷尔蒙/自律神经、促进新陈代谢"是作用于身体结构功能的医药品宣称。',
        ja: '「細胞レベルで」「ホルモンバランスを整える」「新陳代謝を促進」は身体の構造・機能への作用で、医薬品的表現です。',
        en: 'Acting on cells, hormones, nerves or metabolism is a drug-like body-function claim.',
      },
      alternatives: ['肌を整える', 'すこやかな毎日に'],
      sources: [SRC.notice46, SRC.hiroshima],
    },
    [
      ['ja', 'ja', ['細胞(?:れべる|から|を活性化|を元気|に働きかけ)|遺伝子に働きかけ|血流を改善|ほるもんばらんすを整え|自律神経を整え|新陳代謝を(?:促進|高め|上げ)']],
      ['zh', 'zh', ['激活细胞|细胞再生|调节内分泌|调节荷尔蒙']],
      ['en', 'en', ['\\bcellular (?:repair|renewal)\\b|\\bbalances? hormones\\b']],
    ],
  ),
  ...family(
    {
      group: 'A17', law: 'yakki', severity: 'high', scopes: allBut('electronics', 'household', 'apparel'), efficacy: true,
      explanation: {
        zh_CN: '"排毒、排出毒素/老废物"是身体机能宣称，化妆品和食品不能使用。',
        ja: '「デトックス」「毒素排出」「老廃物を流す」は身体機能の表現で、化粧品・食品では使えません。',
        en: '"Detox" and "flushes out toxins/waste" are body-function claims not allowed for cosmetics or foods.',
      },
      alternatives: ['すっきりとした使用感', 'リフレッシュに'],
      sources: [SRC.detox],
      exceptions: [cover('でじたるでとっくす')],
    },
    [
      ['ja', 'ja', ['でとっくす|毒素(?:を)?(?:排出|出す|流す)|老廃物を(?:流|排出|出)']],
      ['zh', 'zh', ['排毒|清肠排毒']],
      ['en', 'en', ['\\bdetox(?:ify|ifies|ification)?\\b|\\bflush(?:es)? out toxins\\b']],
    ],
  ),
  ...family(
    {
      group: 'A18', law: 'kenzo', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"提高免疫力、增强抵抗力"暗示预防疾病，健康增进法和药机法不允许。',
        ja: '「免疫力アップ」「抵抗力を高める」は病気の予防を暗示し、健康増進法・薬機法上認められません。',
        en: '"Boosts immunity" implies disease prevention; not allowed under the Health Promotion and PMD Acts.',
      },
      alternatives: ['毎日の健康づくりに'],
      sources: [SRC.kenzoExamples],
    },
    [
      ['ja', 'ja', ['免疫(?:力)?(?:あっぷ|up|を高め|を上げ|向上|強化)|抵抗力を(?:高め|上げ)|自然治癒力']],
      ['zh', 'zh', ['提高免疫力|增强免疫力?|提升免疫力']],
      ['en', 'en', ['\\bboosts? (?:your )?immun(?:ity|e system)\\b|\\bimmune boost']],
    ],
  ),
  ...family(
    {
      group: 'A19', law: 'yakki', severity: 'high', scopes: allBut('apparel', 'household', 'electronics'), efficacy: true,
      explanation: {
        zh_CN: '"抗衰老、逆龄、返老还童"超出化妆品功效范围；JCIA 只允许注明"※符合年龄的护理"的"エイジングケア"。',
        ja: '「アンチエイジング」「若返り」「老化防止」は化粧品の効能範囲外です。「エイジングケア※年齢に応じたお手入れ」なら可。',
        en: '"Anti-aging" and "rejuvenation" exceed cosmetic claims; use "aging care (age-appropriate care)" with the note.',
      },
      alternatives: ['エイジングケア※（※年齢に応じたお手入れ）', '若々しい印象に見せる（メーキャップ効果）'],
      sources: [SRC.jciaAging],
    },
    [
      ['ja', 'ja', ['あんちえいじんぐ|あんちえーじんぐ|若返|老化(?:を)?(?:防止|防ぐ|予防|を止め)|抗老化|まいなす\\d+歳|-\\d+歳(?:肌|若)']],
      ['zh', 'zh', ['抗衰老?|抗老|逆龄|冻龄|返老还童']],
      ['en', 'en', ['\\banti[ -]?ag(?:e)?ing\\b|\\breverses? aging\\b']],
    ],
  ),
  ...family(
    {
      group: 'A20', law: 'yakki', severity: 'high', scopes: allBut('apparel', 'household', 'electronics'), efficacy: true,
      explanation: {
        zh_CN: '"肌肤再生、修复、促进胶原蛋白生成"超出化妆品许可的56项功效。',
        ja: '「肌の再生」「修復」「コラーゲン生成」「ターンオーバー促進」は化粧品の56効能を超える表現です。',
        en: 'Skin regeneration, repair, collagen production or turnover boosting exceed the 56 permitted cosmetic claims.',
      },
      alternatives: ['キメを整える', '肌にハリを与える'],
      sources: [SRC.cosme56, SRC.ngOkPairs],
    },
    [
      ['ja', 'ja', ['(?:肌|皮膚|細胞)(?:を|が)?再生|生まれ変わる肌|肌が生まれ変わ|たーんおーばー(?:を)?(?:促進|促す|正常化)|こらーげん(?:を)?(?:生成|増や)|こらーげんが増え|(?:肌|皮膚)を修復']],
      ['zh', 'zh', ['修复(?:受损)?肌肤|肌肤再生|促进胶原蛋白']],
      ['en', 'en', ['\\bregenerates? (?:skin|cells)\\b|\\brepairs? (?:your )?skin\\b|\\bboosts? collagen\\b']],
    ],
  ),
];
