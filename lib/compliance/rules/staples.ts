/**
 * Regulators' staple phrases: wording that recurs in 消費者庁 orders, 東京都 test-purchase results, 46通知 and
 * 健康増進法 examples, and is a claim by itself whatever surrounds it (burning, metabolism, blocked absorption,
 * face-part lifting, waist shaping, masked weight numbers, detox, permanence, transformation, space disinfection).
 * Sources: lib/compliance/lexicon.ts LEXICON_SOURCES.
 */
import { LEXICON_SOURCES as L } from '../lexicon';
import type { Rule } from '../types';
import { ALL, allBut, cover, family, near, SRC } from './define';

const NON_DRUG = allBut('medical_device');
const NOT_NOTIFIED_FOODS = allBut('medical_device', 'ffc', 'foshu');

export const STAPLE_RULES: Rule[] = [
  ...family(
    {
      group: 'A16', law: 'yakki', severity: 'high', scopes: allBut('medical_device', 'ffc', 'foshu'), efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"强精、滋补、回春、延寿、健胃整肠、增进食欲、促进成长"是46通知列举的医药品式功效（增强身体功能），食品和化妆品不能使用。',
        ja: '「強精」「回春」「不老」「健胃整腸」「食欲増進」「成長促進」などは46通知が例示する医薬品的効能（身体機能の増強）です。',
        en: 'Virility, rejuvenation, longevity, stomach/bowel tonics, appetite and growth promotion are Notice 46 examples of drug efficacy.',
      },
      alternatives: ['毎日の健康維持に', '栄養補給に'],
      sources: [L.notice46, L.kenzo],
      exceptions: [cover('整腸剤の服用中|健胃剤')],
    },
    [['ja-notice46', 'ja', ['強精|強壮|回春|不老|長寿の?秘|延命|病中・?病後|健胃|整腸|食欲増進|成長促進|精力(?:を?つけ|増強|剤|あっぷ)|勉学能力|自然治癒(?:能?力)|若返(?:り|る|ら)']]],
  ),
  ...family(
    {
      group: 'C03', law: 'kenzo', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"燃烧脂肪、易燃体质、提高代谢、阻断糖/脂肪吸收"是消费者厅和东京都反复指出的典型违规用语（健康增进法・药机法）。',
        ja: '「燃焼」「燃えやすい体」「代謝アップ」「糖・脂肪の吸収をブロック」は消費者庁・東京都が繰り返し指摘してきた定番の違反表現です。',
        en: '"Burning", "a body that burns easily", "boost metabolism" and "block sugar/fat absorption" are staples of CAA and Tokyo findings.',
      },
      alternatives: ['ダイエットを意識する方の食生活に', 'バランスのよい食事・適度な運動とあわせて'],
      sources: [L.kenzo, L.caaLeggings, SRC.dietNg],
      // A notified FFC / approved FOSHU statement is the permitted claim itself.
      exceptions: [near('報告されています|報告があります|適する食品|適した食品', 48, ['ffc', 'foshu'])],
    },
    [
      ['ja-burn', 'ja', ['(?<!不完全)燃焼(?!時間|式|器|効率|室|がす|温度|皿|機|炉)|燃えやすい(?:体|からだ)|燃える(?:体|からだ)|(?:代謝|たいしゃ)(?:を|が)?(?:あっぷ|上げ|あげ|高め|促進|活性|上昇)']],
      ['ja-block', 'ja', ['(?:糖|糖質|脂肪|脂|油|かろりー|炭水化物)(?:の|を)?吸収を?(?:ぶろっく|かっと|抑え|防|阻害|邪魔)|(?:かろりー|糖質|脂肪)(?:を)?(?:ぶろっく|かっと)'], { scopes: NOT_NOTIFIED_FOODS }],
      ['ja-constitution', 'ja', ['(?:太り|痩せ|やせ|疲れ|冷え|燃え|老け|むくみ|風邪をひき)(?:やすい|にくい)(?:体|からだ|体質)(?:に|へ|を|作り|づくり|になる|に変え)|(?:体|からだ|細胞)の(?:さび|錆び?)|(?:さび|錆び)ない(?:体|からだ)']],
    ],
  ),
  ...family(
    {
      group: 'C01', law: 'keihyo', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '减重数字（-○kg、○kg减、60kg→47kg）和"想瘦的人、减肥成功、只要喝/穿就能瘦"是瘦身措置命令中最常见的表述；即使数字被遮挡也一样。',
        ja: '体重の数字（-○kg、〇kg減、60kg→47kg）や「痩せたい方へ」「ダイエットに成功」「飲むだけダイエット」は痩身の措置命令で最も多い表現です。伏字でも同じです。',
        en: 'Weight figures (-○kg, 〇kg off, 60kg→47kg), "for those who want to lose weight" and "diet success" are the commonest slimming-order wording, masked or not.',
      },
      alternatives: ['ダイエット中の栄養補給に', '置き換え1食あたり〇kcal'],
      sources: [L.caaLeggings, L.caaPressureShirts, SRC.dietNg],
      exceptions: [near('見え|みえ|見せ|着痩せ|着やせ|ゆったり|体型かばー|ぶかぶか|大きいさいず|ゆとり', 10, ['apparel'])],
    },
    [
      ['ja-target', 'ja', ['(?:痩せ|やせ)たい(?:方|人|あなた|かた)|だいえっと(?:に|が)?成功|(?:飲む|食べる|着る|履く|はく|塗る|貼る|巻く|寝る)だけ(?:で)?(?:だいえっと|痩|やせ|細|減)|頑張らない.{0,6}だいえっと|(?:楽|らく|簡単|手軽)(?:に|な)?(?:だいえっと|痩|やせ)|最(?:高|強)の.{0,4}だいえっと|減量(?!たいぷ|ぱっく)']],
      ['ja-number', 'ja', ['(?:[-−–－]|まいなす)\\s*(?:\\d+(?:\\.\\d+)?|[○〇◯△□×●*＊?？]+)\\s*(?:kg|きろ|cm|せんち|さいず|号)(?!\\d)|(?:\\d+(?:\\.\\d+)?|[○〇◯△□×●*＊]+)\\s*(?:kg|きろ|cm|せんち)\\s*(?:体重)?(?:も)?(?:減|だうん|やせ|痩せ|細く|落ち)|\\d+(?:\\.\\d+)?\\s*kg\\s*[→⇒➡>]+\\s*\\d+(?:\\.\\d+)?\\s*kg']],
    ],
  ),
  ...family(
    {
      group: 'B11', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"小脸、腰线收紧、眼周/脸颊/嘴角提升、骨骼改变"暗示改变身体结构，超出化妆品范围；消费者厅也曾对"小脸"服务下达措置命令。',
        ja: '「小顔になる」「くびれる」「目元・頬・口元アップ」「骨格から変える」は身体の構造を変える表現で、化粧品の範囲を超えます（小顔サービスへの措置命令あり）。',
        en: 'Smaller face, a shaped waist, lifted eyes/cheeks/mouth or a changed bone structure claim to change the body; the CAA has ordered "small face" services.',
      },
      alternatives: ['メイクで小顔印象に（メーキャップ効果）', '肌にハリを与える', 'マッサージしながらボディをお手入れ'],
      sources: [L.caaKogao, L.lift],
      exceptions: [near('見え|みえ|見せ|印象|しぇーでぃんぐ|めーきゃっぷ|ぱっど|補正|着用時', 8)],
    },
    [['ja-shape', 'ja', ['小顔(?:に(?!見)|を(?:造|作|つく)|効果|矯正|になれ|を実現)|(?:うえすと|お腹|おなか|腰)(?:が|に|を)?(?:きゅっと|しっかり)?くびれ|くびれ(?:が(?:でき|出来)|を(?:作|つく)る)|(?:目元|目尻|目じり|頬|ほほ|口元|ふぇいすらいん|まぶた|ひっぷ|ばすと)(?:が|を)?(?:きゅっと|ぐっと)?(?:あっぷ|りふとあっぷ|引き上げ|持ち上げ|上向き)|顔が(?:変わ|縮)|骨格(?:から|を)(?:変え|矯正|整え|小顔)']]],
  ),
  ...family(
    {
      group: 'C02', law: 'kenzo', severity: 'high', scopes: NON_DRUG, efficacy: true,
      explanation: {
        zh_CN: '"相当于仰卧起坐200次、只要穿上就能训练"暗示不运动也有运动效果，加压衬衫案中被消费者厅认定为无根据。',
        ja: '「腹筋200回分」「着るだけでトレーニング」は運動せずに運動効果が得られるかのような表示で、加圧シャツの措置命令で根拠なしとされました。',
        en: '"Worth 200 sit-ups" or "train just by wearing it" imply exercise results without exercise; the CAA found no basis in the pressure-shirt orders.',
      },
      alternatives: ['運動時のサポートに', '着用感（着圧）の説明にとどめる'],
      sources: [L.caaPressureShirts],
    },
    [['ja-effortless', 'ja', ['腹筋\\d+回分|\\d+回分の(?:腹筋|運動|とれーにんぐ|筋とれ)|(?:着る|履く|はく|つける|巻く)だけで.{0,10}(?:とれーにんぐ|筋とれ|腹筋|運動|筋肉|まっちょ|鍛え)|(?:首から下げる|身につける|置く)だけで.{0,8}(?:除菌|除去|ういるす|空間)']]],
  ),
  ...family(
    {
      group: 'A17', law: 'yakki', severity: 'high', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"排出体外、排出毒素/老废物/化学物质"是对身体功能的宣称（排毒），东京都试买调查也指出过。',
        ja: '「体外に排出」「毒素・老廃物・化学物質を排出」は身体機能への作用（デトックス）の表示で、東京都の試買調査でも指摘されています。',
        en: '"Flushes out of the body" or "expels toxins, waste or chemicals" is a body-function (detox) claim; Tokyo\'s test purchases cite it.',
      },
      alternatives: ['すっきりとした使用感', '毎日の健康づくりに'],
      sources: [L.tokyoSurvey, SRC.detox],
    },
    [['ja-expel', 'ja', ['体外(?:に|へ)?(?:排出|排泄|出す|追い出)|(?:毒素|老廃物|有害物質|化学物質|重金属|宿便)(?:の|を|が)?(?:大量)?(?:排出|排泄|出す|流す|除去|でとっくす|一掃)']]],
  ),
  ...family(
    {
      group: 'D07', law: 'keihyo', severity: 'medium', scopes: NON_DRUG, efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"再也不会复发、不会恢复原状、不反弹"暗示效果永久，属于效果保证；小脸服务和祛斑霜案均被认定为无根据。',
        ja: '「二度と戻らない」「元に戻らない」「リバウンドしない」は効果の永続を示す保証表現で、小顔サービスやシミ消しクリームの措置命令で根拠なしとされました。',
        en: '"Never comes back", "won\'t return to how it was" or "no rebound" promise permanent results; CAA orders on 小顔 services and spot creams found no basis.',
      },
      alternatives: ['続けやすいお手入れに', '（効果の持続をうたわない）'],
      sources: [L.caaKogao, L.caaSpots],
    },
    [['ja-permanent', 'ja', ['二度と(?:戻ら|もどら|りばうんど|できな|生えな|現れ)|元に(?:戻ら|もどら)な|(?:再び|もう)(?:現れ|でき|出て(?:く|こ))[^。\\n]{0,3}ことは(?:な|あり)|生えて?こなくな|生えなくな|りばうんど(?:しない|なし|知らず|ぜろ)|一生(?:もの)の(?:肌|体|ぼでぃ)']]],
  ),
  ...family(
    {
      group: 'A21', law: 'yakki', severity: 'high', scopes: allBut('medical_device', 'household', 'electronics'), efficacy: true, cautionSafe: true,
      explanation: {
        zh_CN: '"像换了个人、焕然一新、剧变、整形级、理想的睫毛/身材、年轻X岁"暗示戏剧性的效果，超出许可范围并属于效果保证。',
        ja: '「別人のような肌に」「見違える」「激変」「整形級」「理想のまつ毛に」「マイナス5歳」は劇的な効果を暗示し、効能の範囲を超える保証表現です。',
        en: '"Like a different person", "transformed", "surgery-level", "your ideal lashes", "look 5 years younger" imply dramatic efficacy beyond any permitted claim.',
      },
      alternatives: ['毎日のお手入れに', 'メイクで印象チェンジ（メーキャップ効果）'],
      sources: [L.lift, SRC.snsNg],
      exceptions: [near('めいくで|めーきゃっぷ|見え|見せ|印象|こーで|へあすたいる|部屋|収納|模様替え', 10)],
    },
    [['ja-transform', 'ja', ['別人(?:の(?:よう|ような)|級|みたい|れべる)|見違える|激変|劇的(?:に|な)(?:変|改善|効果)|生まれ変わ|整形(?:級|れべる|並み|いらず)|理想の(?:まつ毛|まつげ|肌|体|からだ|ぼでぃ|すたいる|くびれ|ばすと|髪)に|(?:まいなす|[-−])\\d+歳|\\d+歳若(?:く|返|見え)|(?:肌|血管|骨|脳)年齢(?:が|を)?(?:若|まいなす|[-−]|\\d+歳)']]],
  ),
  ...family(
    {
      group: 'D13', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"去除空气中漂浮的病毒・细菌、挂在脖子上就能空间除菌"多次被消费者厅认定为无根据（只在小密闭空间做过试验）。',
        ja: '「空間に浮遊するウイルス・菌を除去」「首から下げるだけで空間除菌」は、狭い密閉空間の試験しかないとして繰り返し措置命令・課徴金の対象になっています。',
        en: '"Removes airborne viruses and bacteria" or "space disinfection just by wearing it" drew repeated CAA orders and fines (tests only in small sealed chambers).',
      },
      alternatives: ['〇〇試験で〇%（試験機関・条件：〇㎥密閉空間・〇分後）※実使用空間での効果ではありません'],
      sources: [L.caaSpaceDisinfection, SRC.spaceDisinfection],
    },
    [['ja-virus', 'ja', ['(?:ういるす|うぃるす)(?:・|、|や|と)?(?:菌|細菌)?(?:を|も)?(?:\\d+(?:\\.\\d+)?%)?(?:除去|除菌|不活化|撃退|ぶろっく|しゃっとあうと|かっと|分解|消滅)|(?:空間|浮遊)(?:に|の|する)?.{0,8}(?:菌|ういるす|うぃるす)(?:・|、|を)?.{0,4}(?:除去|除菌|不活化)|(?:菌|細菌)(?:・|、)(?:ういるす|うぃるす)(?:を)?.{0,10}(?:除去|除菌)']]],
  ),
  ...family(
    {
      group: 'E08', law: 'keihyoPrice', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"生产跟不上、每人限购3盒"如果不属实就是虚假稀缺（葛花异黄酮案中被认定为虚假）。',
        ja: '「生産が追いつかず」「お一人様3箱まで」は事実でなければ虚偽の品薄表示です（葛の花の措置命令で虚偽と認定）。',
        en: '"Production can\'t keep up" or "max 3 boxes per person" is false scarcity unless true (found false in the 葛の花 orders).',
      },
      alternatives: ['（実際の在庫・生産状況に基づいて記載）'],
      sources: ['https://www.nikkei.com/article/DGXMZO23205020X01C17A1CR8000/'],
    },
    [['ja-scarcity', 'ja', ['生産が追いつ(?:か|き)|(?:お?一人様?|1人|おひとり様?)\\d+(?:個|箱|点|本|袋)まで']]],
  ),
];
