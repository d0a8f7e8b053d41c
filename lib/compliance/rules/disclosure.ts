/** Research §G (disclaimers are signals, not shields) and §H (stealth marketing, creator scripts). */
import type { Rule } from '../types';
import { ALL, SRC, family } from './define';

/** Disclosure tokens the CAA guidelines call clear (広告・宣伝・プロモーション・PR) plus common CN/EN forms. */
export const DISCLOSURE = {
  clear: ['#?(?:広告|宣伝|ぷろもーしょん|たいあっぷ|商品提供|提供[:：]|(?<![a-z])pr(?![a-z])|(?<![a-z])ad(?![a-z])|sponsored|paid partnership|广告|推广|赞助)'],
  ambiguous: ['#(?:ambassador|sp|supported|こらぼ|thanks[a-z0-9_]*)(?![a-z])'],
} as const;

const STEMA_BASE = {
  law: 'stema' as const,
  scopes: ALL,
  sources: [SRC.stema, SRC.stemaUnclear, SRC.tiktokDisclosure],
};

/** Structural findings raised by the engine (not dictionary matches). */
export const STEMA_EXPLANATIONS: Record<'missing' | 'buried' | 'ambiguous', Rule> = {
  missing: {
    ...STEMA_BASE,
    id: 'H01-missing',
    group: 'H01',
    lang: 'any',
    patterns: [],
    severity: 'high',
    explanation: {
      zh_CN: '达人脚本开头没有"广告/PR/推广"标识。自2023年10月1日起，收取报酬或免费商品的内容若看不出是广告，即构成隐性营销（广告主承担责任）。请在第一行写"#PR"，并打开 TikTok 的商业内容披露开关。',
      ja: '冒頭に「広告」「PR」「プロモーション」の表示がありません。2023年10月1日からのステマ告示により、対価や商品提供を受けた投稿で広告と分からない場合は不当表示（広告主の責任）です。1行目に「#PR」を入れ、TikTokのコンテンツ開示設定をオンに。',
      en: 'No "Ad/PR/Promotion" disclosure at the start. Since 2023-10-01 paid or gifted content that does not look like an ad is stealth marketing (the advertiser is liable). Put "#PR" on the first line and switch on TikTok\'s content disclosure.',
    },
    alternatives: ['【PR】'],
  },
  buried: {
    ...STEMA_BASE,
    id: 'H03-buried',
    group: 'H03',
    lang: 'any',
    patterns: [],
    severity: 'medium',
    explanation: {
      zh_CN: '广告标识不在开头（在第一个宣传内容之后、句末或夹在大量话题标签中），属于"不明确的披露"。请移到最开头、所有宣传内容之前。',
      ja: '広告表示が冒頭にありません（最初の訴求より後、文末、多数のハッシュタグの中）。不明瞭な表示とされます。最初の訴求より前、冒頭に移してください。',
      en: 'The disclosure is not at the start (after the first claim, at the end, or among many hashtags), which the guidelines call unclear; move it to the very beginning, before any claim.',
    },
    alternatives: [],
  },
  ambiguous: {
    ...STEMA_BASE,
    id: 'H04-ambiguous',
    group: 'H04',
    lang: 'any',
    patterns: [],
    severity: 'low',
    explanation: {
      zh_CN: '#ambassador、#sp、#コラボ 等标签不够明确。请使用"广告/PR/推广"。',
      ja: '「#ambassador」「#sp」「#コラボ」などは明確な表示とはいえません。「広告」「PR」「プロモーション」を使ってください。',
      en: 'Tags like #ambassador, #sp or #collab are not clear; use "Ad", "PR" or "Promotion".',
    },
    alternatives: ['#PR'],
  },
};

export const DISCLOSURE_RULES: Rule[] = [
  ...family(
    {
      group: 'G01', law: 'keihyo', severity: 'info', scopes: ALL, onlyWithEfficacy: true,
      explanation: {
        zh_CN: '"※个人感想""※效果因人而异"不能抵消功效宣称：消费者厅调查显示加了这类说明后仍有53%的人认为别人也会有同样效果，2020年的措置命令也认定其不足。请删除违规宣称本身。',
        ja: '「※個人の感想です」「※効果には個人差があります」は効能表現の違反を打ち消しません（消費者庁調査で53%が同じ効果を期待、2020年の措置命令でも不十分と判断）。違反表現そのものを削除してください。',
        en: '"Individual results vary" does not cure an efficacy claim: in the CAA survey 53% still expected the same effect, and a 2020 order held such notes insufficient. Remove the claim itself.',
      },
      alternatives: [],
      sources: [SRC.disclaimerSurvey, SRC.disclaimerOrder, SRC.snsNg],
    },
    [
      ['ja', 'ja', ['※?個人の感想(?:です)?|※?(?:効果|使用感|感じ方)には個人差(?:があります)?|※?効果(?:を|効能を)?保証するものではありません']],
      ['zh', 'zh', ['效果因人而异|个人感受']],
      ['en', 'en', ['\\bresults may vary\\b|\\bindividual results vary\\b']],
    ],
  ),
  ...family(
    {
      group: 'G03', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"※本公司调查、自家顾客问卷"不是公正的比较调查，无法支持 No.1 等宣称。请写明期间、对象和比较范围的第三方调查。',
        ja: '「※当社調べ」「※自社アンケート」は公正な比較調査とはいえず、No.1等の根拠になりません。期間・対象・比較範囲を明記した第三者調査を。',
        en: '"Our own survey" is not a fair comparison and cannot support No.1 claims; use a third-party survey with period, subjects and scope.',
      },
      alternatives: ['（〇〇調べ、調査期間・対象・比較範囲を明記）'],
      sources: [SRC.no1],
    },
    [
      ['ja', 'ja', ['(?:当社|自社|弊社)(?:調べ|調査|あんけーと)|自社ec購入者']],
    ],
  ),
  ...family(
    {
      group: 'H02', law: 'stema', severity: 'high', scopes: ALL,
      explanation: {
        zh_CN: '否认广告（"不是推广、自费买的、不是恰饭"），而实际收取了报酬或商品，属于把广告伪装成消费者评价的隐性营销。请删除并明确标注广告。',
        ja: '「案件じゃない」「宣伝じゃない」「自腹で買った」などの否定は、対価を受けている場合、広告を第三者の感想に偽装するステマです。削除し、広告であることを明示してください。',
        en: 'Denying sponsorship ("not sponsored", "bought it myself") when paid disguises an ad as a consumer opinion; remove it and disclose.',
      },
      alternatives: ['#PR 〇〇様から商品提供を受けています'],
      sources: [SRC.stema, SRC.stemaWording],
    },
    [
      ['ja', 'ja', ['(?:案件|宣伝|広告|すてま|pr|ぷろもーしょん)(?:じゃ|では|でも)(?:ない|ありません|なく)|忖度(?:なし|ゼロ|一切なし)']],
      ['ja-self', 'ja', ['自腹(?:で)?(?:買|購入)?|自分で(?:買|購入)(?:った|した|しました)|普通に買った|ガチで買った'], { kinds: ['creator_script'] }],
      ['zh', 'zh', ['不是广告|非广告|不是推广|不是恰饭|没恰饭|自费(?:买|购买)|自来水']],
      ['en', 'en', ['\\bnot (?:a )?sponsored\\b|\\bnot an ad\\b|\\bnot paid to\\b|\\bbought (?:it )?with my own money\\b']],
    ],
  ),
  ...family(
    {
      group: 'H05', law: 'stema', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '以好评为条件给予优惠（好评返现）使评价成为广告主自身的表示，构成隐性营销；TikTok 也禁止操纵评价。',
        ja: '高評価レビューを条件に特典を与えると、レビューは事業者自身の表示となりステマにあたります。TikTokもレビュー操作を禁止しています。',
        en: 'Rewards for (positive) reviews turn them into the advertiser\'s own representation; TikTok also bans review manipulation.',
      },
      alternatives: ['（評価内容を条件にした特典は付けない）'],
      sources: [SRC.stema, SRC.tiktokMisleading],
    },
    [
      ['ja', 'ja', ['れびゅー(?:投稿|を書|書い|で)[^。\\n]{0,10}?(?:\\d+円|off|ぷれぜんと|返金|割引|くーぽん)|★5(?:れびゅー|評価)|星5(?:れびゅー|評価)で|口こみ(?:を)?書いたら|口コミ(?:を)?書いたら']],
      ['zh', 'zh', ['好评返现|五星好评(?:送|返)|晒图返现']],
      ['en', 'en', ['\\bleave a 5[ -]star review\\b|\\bfree (?:gift|product) for (?:a )?review\\b']],
    ],
  ),
  ...family(
    {
      group: 'H06', law: 'stema', severity: 'low', scopes: ALL, kinds: ['creator_script'],
      explanation: {
        zh_CN: '品牌自己的账号装作普通消费者（"朋友推荐的、偶然发现的"）属于隐性营销，请表明品牌身份。',
        ja: 'ブランド運営アカウントが「友達に勧められて」「たまたま見つけた」と消費者を装うとステマになります。ブランドであることを明示してください。',
        en: 'A brand account posing as a consumer ("a friend recommended it", "found it by chance") is stealth marketing.',
      },
      alternatives: ['〇〇公式です。'],
      sources: [SRC.stema],
    },
    [
      ['ja', 'ja', ['友達に(?:勧め|すすめ|教え)られて|たまたま見つけた']],
      ['zh', 'zh', ['朋友推荐的|偶然发现']],
    ],
  ),
  ...family(
    {
      group: 'H07', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '达人以医生、药剂师身份保证效果，违反药机法66条2项和医药关系者推荐的规定。',
        ja: 'クリエイターが医師・薬剤師として効果を保証すると、薬機法66条2項・医薬関係者の推薦の禁止に反します。',
        en: 'A creator vouching as a doctor or pharmacist breaches PMD Act 66(2) and the ban on professional endorsements.',
      },
      alternatives: ['（専門職としての推薦を削除）'],
      sources: [SRC.adStandardSummary],
    },
    [
      ['ja', 'ja', ['(?:現役)?(?:医師|看護師|薬剤師|皮膚科医)の(?:私|僕|わたし)が(?:保証|おすすめ|推薦|太鼓判)|(?:医師|薬剤師)として(?:おすすめ|推薦|保証)']],
      ['zh', 'zh', ['作为医生(?:推荐|保证)|我是医生']],
      ['en', 'en', ['\\bas a (?:doctor|dermatologist|pharmacist),? i (?:recommend|guarantee)\\b']],
    ],
  ),
];
