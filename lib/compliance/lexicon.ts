/**
 * Lexicons for the clause matcher (clause.ts), each with the public source it was drawn from.
 * Words are written as sellers write them (kanji, hiragana or katakana); matching folds katakana to hiragana and
 * a few Chinese glyphs to Japanese (text-folding.ts), and verbs are expanded by the deinflector (deinflect.ts).
 */
import type { Verb } from './deinflect';

/** Where each lexicon comes from (re-check against the live pages before relying on them). */
export const LEXICON_SOURCES = {
  /** 昭和46年 薬発第476号 "46通知": examples of drug-like efficacy, names and dosage for foods. */
  notice46: 'https://nexpert-law.com/yakkihoiryoho/mushounin-torisimari',
  /** Terms that are read as drug-like efficacy whatever the context (disease names, organs, body functions). */
  notice46Terms: 'https://www.weblio.jp/content/%E5%8A%B9%E8%83%BD%E5%8A%B9%E6%9E%9C%E3%81%A8%E8%A6%8B%E3%81%AA%E3%81%95%E3%82%8C%E3%82%84%E3%81%99%E3%81%84%E7%94%A8%E8%AA%9E%E4%BE%8B',
  /** 健康増進法 guidance: examples of health-maintenance claims (disease treatment/prevention, body-function boosts). */
  kenzo: 'http://medical-diet.jp/%e3%82%b5%e3%83%97%e3%83%aa%e6%a6%82%e8%ab%96%ef%bc%91%ef%bc%97%ef%bc%94%e3%80%80%e5%81%a5%e5%ba%b7%e5%a2%97%e9%80%b2%e6%b3%95%e3%81%a7%e8%a6%8f%e5%88%b6%e3%81%95%e3%82%8c%e3%82%8b%e8%a1%a8%e7%a4%ba',
  /** Tokyo Metropolitan Government: what it treats as drug-like efficacy in health-food ads, and its test-purchase results. */
  tokyo: 'https://www.hokeniryo.metro.tokyo.lg.jp/anzen/kenko_shokuhin/ken_syoku/kanshi/kounou.html',
  tokyoSurvey: 'https://www.metro.tokyo.lg.jp/information/press/2025/03/2025032511',
  /** CAA orders quoted in the regulators' own words: slimming leggings, pressure shirts, 小顔, eyelash serum, space disinfection. */
  caaLeggings: 'https://stuvwxyz.cocolog-nifty.com/blog/2017/12/post-c7d2.html',
  caaPressureShirts: 'http://sankeibiz.jp/econome/news/190323/ecb1903230053001-n1.htm',
  caaKogao: 'http://news.livedoor.com/article/detail/11726797/',
  caaSpots: 'https://bizspa.jp/post-464985/2/',
  caaSpaceDisinfection: 'https://news.livedoor.com/topics/detail/21597148',
  /** Face-part "アップ" and lifting as implied removal of sagging (化粧品 適正広告基準 3(3), 3(6) example). */
  lift: 'https://imamura-cosmeconsultant.com/%e3%80%8c%e5%8c%96%e7%b2%a7%e5%93%81%e8%a1%a8%e7%a4%ba%e3%80%8d%e4%ba%8b%e4%be%8b%e8%a7%a3%e8%aa%ac%ef%bd%9e%e7%ac%ac3%e5%9b%9e%e3%80%80%e3%81%9f%e3%82%8b%e3%81%bf%ef%bd%9e',
  /** Permitted quasi-drug (薬用化粧品) efficacy wording by product type. */
  quasiDrug: 'https://kakecom.co.jp/medicated-cosmetics/',
} as const;

/** Diseases and named conditions (46通知 ①, 健康増進法 guidance, Tokyo list). Any effect on these is a drug claim. */
export const DISEASES: readonly string[] = [
  'がん', 'ガン', '癌', '発ガン', '発がん', '腫瘍', '糖尿病', '高血圧', '低血圧', '動脈硬化', '脳梗塞', '心筋梗塞', '狭心症', '高脂血症',
  '脂質異常症', '痛風', '肝炎', '肝障害', '腎障害', '腎臓病', '胃炎', '胃潰瘍', '十二指腸潰瘍', '潰瘍', '便秘', '下痢', '花粉症',
  'アレルギー', 'アトピー', '喘息', 'ぜんそく', '湿疹', '皮膚炎', '水虫', '関節炎', 'リウマチ', '関節痛', '神経痛', '筋肉痛', '腰痛',
  '肩こり', '頭痛', '偏頭痛', '生理痛', '月経痛', '生理不順', '骨粗しょう症', '骨粗鬆症', '認知症', 'うつ病', '不眠症', '不眠',
  '更年期障害', '冷え性', '冷え症', '貧血', '眼病', '白内障', '緑内障', '眼精疲労', '歯周病', '歯槽膿漏', '歯周炎', '歯肉炎', '虫歯',
  'むし歯', '口内炎', '風邪', 'かぜ', 'インフルエンザ', '感染症', 'ウイルス感染', '肥満', 'メタボ', 'メタボ腹', '生活習慣病', '成人病',
  '二日酔い', '夏バテ', '頻尿', '尿漏れ', '前立腺肥大', '脱毛症', '肝斑', '炎症', '高血糖', '自律神経失調症', 'めまい', '耳鳴り',
  '病気', '疾患', '疾病', '症状', 'むくみ症',
];

/** Symptoms and bodily complaints (46通知 ③ "便秘ぎみの方に", "疲れのとれない方に"; Tokyo list). */
export const SYMPTOMS: readonly string[] = [
  '疲れ', '疲労', '疲労感', 'だるさ', '倦怠感', '痛み', 'かゆみ', '冷え', 'むくみ', '不調', '便通', 'お通じ', '抜け毛', '薄毛', '白髪',
  '加齢臭', '体臭', 'ワキガ', 'わきが', '多汗', 'いびき', '宿便', '老廃物', '毒素', 'ほてり', 'のぼせ', 'イライラ', '物忘れ', '目の疲れ', 'ゆがみ',
  '歪み',
];

/** Skin and hair conditions cosmetics may not claim to remove or cure (research B01–B05, B09–B12). */
export const SKIN_CONDITIONS: readonly string[] = [
  'シミ', 'しみ', '染み', 'そばかす', 'ソバカス', '老斑', '老人性色素斑', 'くすみ', 'シワ', 'しわ', '皺', '小ジワ', '小じわ', 'ほうれい線',
  'たるみ', '毛穴', '黒ずみ', 'ニキビ', 'にきび', 'ニキビ跡', '吹き出物', 'クマ', 'くま', 'セルライト', 'イボ', 'ほくろ', 'アザ',
  '赤み', '肌荒れ', '肌トラブル', 'ハゲ', 'はげ', '傷跡', 'ケロイド', '妊娠線', '肉割れ',
];

/** Body fat and weight: targets of slimming claims (C01, C03; CAA leggings / pressure-shirt orders). */
export const FAT: readonly string[] = [
  '脂肪', '体脂肪', '内臓脂肪', '皮下脂肪', '贅肉', 'ぜい肉', 'ぜいにく', '体重', '腹囲', 'ウエスト周囲径', 'お肉', '浮き輪肉',
];

/** Body parts and organs (46通知 terms: 目, 肌, おなか, 血液, 細胞…; face parts of the lifting example). */
export const BODY_PARTS: readonly string[] = [
  '顔', '小顔', 'フェイスライン', '輪郭', 'あご', '二重あご', '目元', '目じり', '目尻', '頬', 'ほほ', '口元', 'まぶた', 'まつ毛', 'まつげ',
  '睫毛', '眉毛', 'まゆ毛', '髪', '頭髪', '毛髪', '髪の毛', '頭皮', '歯', '歯ぐき', '歯茎', '骨', '骨格', '頭蓋骨', '骨盤', '関節', 'ひざ',
  '膝', '軟骨', '筋肉', '腹筋', 'お腹', 'おなか', '腹', 'お腹まわり', 'お腹周り', 'ウエスト', '二の腕', '太もも', 'ふくらはぎ', '脚', '足',
  '下半身', '上半身', 'お尻', 'ヒップ', 'バスト', '胸', '全身', '体', '身体', 'からだ', 'カラダ', '体型', '体質', '胃', '腸', '胃腸', '肝臓', '腎臓',
  '心臓', '血管', '血液', '血流', '血行', '血液循環', '脳', '内臓', '視力', '肌', '皮膚', '素肌', '肌質',
  '背中', '首', 'デコルテ', '頭蓋',
];

/** Body functions and capacities (46通知 ②: 新陳代謝, 内分泌, 解毒, 自然治癒力…; 健康増進法: 免疫, 集中力, 脂肪燃焼). */
export const FUNCTIONS: readonly string[] = [
  '細胞', '免疫細胞', '細胞組織', '免疫', '免疫力', '免疫機能', '抵抗力', '自然治癒力', '自然治癒能力', '自己防衛力', '回復力', '代謝', '基礎代謝', '新陳代謝', '代謝力',
  '燃焼力', '内分泌', '内分泌機能', 'ホルモン', 'ホルモンバランス', '自律神経', '解毒', '解毒機能', '消化', '消化吸収', '肝機能',
  '腎機能', '心臓の働き', '記憶力', '集中力', '学力', '勉学能力', '思考力', '認知機能', '精力', '体力', '持久力', '筋力', '性機能', '睡眠',
  '睡眠の質', '血圧', '血糖値', '血糖', 'コレステロール', '中性脂肪', '尿酸値', '骨密度', 'ターンオーバー', 'コラーゲン', '成長',
  '発毛', '育毛', '腸内環境', '腸内フローラ', '善玉菌', '肌のバリア機能', 'バリア機能', '体温', '食欲',
];

/** Effect predicates by class. Verbs are dictionary forms; kana spellings of the same verb are listed together. */
export type PredicateClass = 'remove' | 'cure' | 'reduce' | 'burn' | 'boost' | 'prevent' | 'relief' | 'regulate' | 'suppress' | 'tighten' | 'effect';

export const PREDICATES: Readonly<Record<PredicateClass, readonly Verb[]>> = {
  /** Disappear / remove (シミが消える, シミが完全消滅, 4日で剥がれ落ちる, 脂肪を削ぎ落とす). */
  remove: [
    [['消える', 'きえる'], 'ichidan'], [['消す'], 'godan'], [['消え去る'], 'godan'], [['消滅', '除去', '撃退', '一掃', '根絶', '退散'], 'noun'],
    [['無くなる', 'なくなる'], 'godan'], [['取れる', 'とれる'], 'ichidan'], [['取り除く', '取りのぞく'], 'godan'], [['落ちる', 'おちる'], 'ichidan'],
    [['落とす'], 'godan'], [['削ぎ落とす', 'そぎ落とす'], 'godan'], [['剥がれる', 'はがれる'], 'ichidan'], [['剥がれ落ちる', 'はがれ落ちる'], 'ichidan'],
    [['ポロっと取れる', 'ぽろっと取れる'], 'ichidan'], [['たたき割る', '叩き割る'], 'godan'], [['引き延ばす', '引き伸ばす'], 'godan'],
    [['吹き飛ばす', '吹っ飛ばす'], 'godan'], [['溶かす'], 'godan'], [['溶ける'], 'ichidan'], [['排出', '分解'], 'noun'],
    [['気にならなくなる', '目立たなくなる', 'めだたなくなる'], 'godan'],
  ],
  /** Cure / improve / relieve (治る, なおす, よくなる, 改善, 緩和, 克服). */
  cure: [
    [['治る', 'なおる'], 'godan'], [['治す', 'なおす'], 'godan'], [['完治', '根治', '治癒', '全治', '改善', '解消', '回復', '緩和', '克服', '軽減', '修復', '快癒'], 'noun'],
    [['和らぐ', 'やわらぐ'], 'godan'], [['和らげる', 'やわらげる'], 'ichidan'], [['良くなる', 'よくなる'], 'godan'], [['楽になる', 'らくになる', 'ラクになる'], 'godan'],
    [['治まる', 'おさまる'], 'godan'], [['スッキリ消える', 'すっきり消える'], 'ichidan'],
  ],
  /** Reduce / shrink / slim (減る, 減少, 縮まる, 細くなる, 下がる, 痩せる). */
  reduce: [
    [['減る', 'へる'], 'godan'], [['減らす', 'へらす'], 'godan'], [['減少', '減量', '低下', '縮小'], 'noun'], [['縮まる'], 'godan'], [['縮む'], 'godan'],
    [['小さくなる', 'ちいさくなる'], 'godan'], [['細くなる', 'ほそくなる'], 'godan'], [['薄くなる', 'うすくなる'], 'godan'], [['下がる', 'さがる'], 'godan'],
    [['下げる', 'さげる'], 'ichidan'], [['痩せる', 'やせる'], 'ichidan'], [['引っ込む', 'ひっこむ'], 'godan'], [['スリムになる', 'すりむになる'], 'godan'],
    [['凹む', 'へこむ'], 'godan'],
  ],
  /** Burn (燃焼, 燃える, 燃やす). */
  burn: [[['燃焼'], 'noun'], [['燃える', 'もえる'], 'ichidan'], [['燃やす', 'もやす'], 'godan']],
  /** Activate / raise / grow (活性化, 高める, 増す, アップ, 促す, 盛んにする, 生える, 伸びる, くびれる). */
  boost: [
    [['活性', '活性化', '増強', '強化', '向上', '上昇', '促進', '増進', '再生', '賦活', 'アップ', 'リフトアップ', '倍増'], 'noun'],
    [['高める', 'たかめる'], 'ichidan'], [['高まる', 'たかまる'], 'godan'], [['増す'], 'godan'], [['増える', 'ふえる'], 'ichidan'],
    [['促す', 'うながす'], 'godan'], [['盛んにする', 'さかんにする'], 'noun'], [['生える', 'はえる'], 'ichidan'], [['伸びる', 'のびる'], 'ichidan'], [['くびれる'], 'ichidan'], [['若返る', 'わかがえる'], 'godan'],
    [['若返らせる'], 'ichidan'], [['浄化'], 'noun'], [['引き上げる'], 'ichidan'], [['目覚めさせる'], 'ichidan'],
  ],
  /** Prevent (予防, 防ぐ, 防止, …にならない). Only diseases: the 56 cosmetic items prevent 肌荒れ, 乾燥, 日やけ… */
  prevent: [
    [['予防', '防止'], 'noun'], [['防ぐ', 'ふせぐ'], 'godan'], [['にならない', 'にかからない', 'を寄せ付けない', 'をよせつけない'], 'noun'],
  ],
  /** Relief of a complaint (むくみスッキリ, 便秘がスッキリ, 腰が楽に): only with diseases and symptoms. */
  relief: [[['スッキリ', 'すっきり', '楽に', 'ラクに', 'らくに', '軽くなる'], 'noun']],
  /** Regulating a body function (ホルモンバランスを整える, 自律神経を整える): only with functions, so 肌を整える stays allowed. */
  regulate: [[['整える', 'ととのえる'], 'ichidan'], [['正常化', '正常に'], 'noun']],
  /** Suppressing a disease (大腸がん抑制, 炎症を抑える): only diseases, so フケ・カユミを抑える stays allowed. */
  suppress: [[['抑制', '阻止', '死滅'], 'noun'], [['抑える', 'おさえる'], 'ichidan'], [['死滅させる'], 'ichidan']],
  /** Tightening or lifting sagging or fat (たるみが引き締まる, 二の腕が引き締まる); 肌をひきしめる is permitted. */
  tighten: [[['引き締まる', 'ひきしまる'], 'godan'], [['引き締める', 'ひきしめる'], 'ichidan'], [['引き上がる', '持ち上がる'], 'godan']],
  /** Generic effect nouns a speed or sufferer phrase can attach to (一回で効果が実感でき, 3日で変化). */
  effect: [[['効果', '実感', '変化', '効き目', '即効', 'ききめ'], 'noun']],
};

/** Which target classes each predicate class may take. */
export type TargetClass = 'disease' | 'symptom' | 'skin' | 'fat' | 'body' | 'function';

export const PREDICATE_TARGETS: Readonly<Record<PredicateClass, readonly TargetClass[]>> = {
  remove: ['disease', 'symptom', 'skin', 'fat'],
  cure: ['disease', 'symptom', 'skin', 'fat', 'body', 'function'],
  reduce: ['disease', 'symptom', 'skin', 'fat', 'body', 'function'],
  burn: ['fat', 'body', 'function'],
  boost: ['function', 'body'],
  prevent: ['disease', 'symptom', 'skin', 'fat'],
  relief: ['disease', 'symptom'],
  regulate: ['function'],
  suppress: ['disease'],
  tighten: ['skin', 'fat', 'body'],
  effect: [],
};

/** Speed and timeframe markers (適正広告基準 3(7); TikTok "instant or specific timeframe" results). */
export const SPEED_RE =
  '一瞬(?:で|にして)?|瞬間|数秒で|数分で|一晩で|ひと晩で|一夜で|翌朝には?|翌日には?|次の日には?|その日から|初日から|即効|すぐに|みるみる|たちまち|(?:たった|わずか|約)?(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十〇○◯△×]+|数)(?:日|日間|週間|週|ヶ月|か月|カ月|ヵ月|ケ月|時間|分|秒|回)(?:で|以内に?|後に?には?|後には|使うだけで|後)';

/** Words that make a speed phrase harmless (shipping, battery, make-up staying power). */
export const SPEED_SAFE_RE = '発送|出荷|お届け|届|配送|到着|充電|再生|乾く|速乾|返品|交換|保証|以内にご|発売|完売|売り切れ';

/** Sufferer targeting: "〜の方に", "〜でお悩みの", "〜ぎみの方", "〜のとれない方に" right after a disease or symptom. */
export const SUFFERER_TAIL_RE =
  '^[、・,]?(?:など)?(?:の|が|で|に)?(?:お?悩み(?:の|を抱える)?|悩む|困って(?:いる)?|つらい|辛い|ひどい|気になる|ぎみの|気味の|がちな?|(?:が|の)?(?:とれ|取れ)ない|が?治らない|を?抱える|が?続く|に効く)?(?:方|人|かた|あなた|皆様|皆さん)(?:に|へ|の|も|にも|を|向け|必見|のため)|^(?:し)?(?:やすい|がちな?)(?:体質の)?(?:方|人|かた|あなた)(?:に|へ|の|も|にも|向け)';

/** A weak organ: "胃腸が弱い方にも". */
export const WEAK_BODY_TAIL_RE = '^(?:が|の)(?:弱い|弱っている|悪い|不調な?|疲れている)(?:方|人|かた)';

/** Words in the gap between target and predicate that show the predicate acts on something else (汚れを落とす). */
export const OTHER_OBJECT_RE = '汚れ|よごれ|メイク|化粧|皮脂|角質|ほこり|ホコリ|油分|水分|におい|ニオイ|臭い|不安|心配|手間|時間|コスト|ストレスを?';

/** Context that makes a skin word household (衣類のシミ) rather than skin (research B01 "do not flag"). */
export const HOUSEHOLD_CONTEXT_RE = '衣類|衣服|服|洋服|シャツ|生地|布|洗濯|カーペット|じゅうたん|絨毯|ソファ|床|壁|家具|シミ抜き|しみ抜き|アイロン|スチーマー|食器|まな板|タイル|シンク|車|ボディコート';

/** A visual or make-up effect right after the predicate (細く見える, 小顔見え, 目立たなく見せる). */
export const VISUAL_AFTER_RE = '^(?:て|た|る|く|に)?(?:見え|見せ|みえ|みせ|印象|風|カバー|かばー)';

/** Quasi-drug (薬用) products may claim to prevent these (approved wording; research §K). */
export const QUASI_DRUG_PREVENTABLE: readonly string[] = [
  'にきび', 'ニキビ', 'あせも', 'しもやけ', 'ひび', 'あかぎれ', 'かみそりまけ', '肌あれ', '肌荒れ', 'ふけ', 'かゆみ', '脱毛', '抜け毛', '薄毛',
  '汗臭', '体臭', 'わきが', 'ワキガ', '口臭', 'むし歯', '虫歯', '歯周炎', '歯肉炎', '歯槽膿漏', '歯周病',
];
