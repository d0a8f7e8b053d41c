/** Research §D: 景品表示法 優良誤認 — No.1, superlatives, absolutes, evidence, origin, comparisons. */
import type { Rule } from '../types';
import { ALL, SRC, allBut, cover, family, near } from './define';

export const REPRESENTATION_RULES: Rule[] = [
  ...family(
    {
      group: 'D01', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"No.1、第一名、销量冠军"需要客观调查依据（比较对象、调查对象、方法公正、宣称与结果一致），并在旁注明调查概要。消费者厅2024年调查显示多数广告主并不了解依据。',
        ja: '「No.1」「1位」「売上トップ」は客観的な調査（比較対象・調査対象・公正な方法・結果との一致）が必要で、調査概要を近くに明記します。',
        en: '"No.1" needs an objective survey (fair comparison set, respondents, method, matching claim) with the survey outline next to it.',
      },
      alternatives: ['〇〇ランキング〇〇部門1位（2025年〇月〇日、〇〇調べ）', '多くの方に選ばれています'],
      sources: [SRC.no1, SRC.no1Survey],
      exceptions: [cover('1位抽選')],
    },
    [
      ['ja', 'ja', ['(?<![a-z])no\\.? ?1(?![0-9])|なんばーわん|なんばー1(?![0-9])|第1位|(?<![0-9.])1位(?![0-9])|首位|一番(?:人気|売れ|効|おすすめ|安|選ばれ)|(?:業界|売上|販売数?|満足度)(?:とっぷ|1位)|とっぷくらす|\\d冠(?:達成|獲得)?']],
      ['zh', 'zh', ['销量第一|销冠|排名第一|第一名|销量冠军|卖爆第一']],
      ['en', 'en', ['#1(?![0-9])|\\bnumber one\\b|\\bbest[ -]sell(?:ing|er)\\b']],
    ],
  ),
  ...family(
    {
      group: 'D02', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"日本第一、世界第一"与 No.1 相同，需要客观依据。',
        ja: '「日本一」「世界一」はNo.1表示と同じく客観的な根拠が必要です。',
        en: '"Best in Japan/the world" needs the same objective basis as No.1 claims.',
      },
      alternatives: ['こだわりの〇〇'],
      sources: [SRC.no1],
    },
    [
      ['ja', 'ja', ['(?:日本|世界|宇宙|全国)一(?!周|部|度|人|つ|番|体|緒|律|式|時)']],
      ['zh', 'zh', ['全球第一|世界第一|全网第一']],
      ['en', 'en', ["\\bworld'?s best\\b|\\bbest in (?:japan|the world)\\b"]],
    ],
  ),
  ...family(
    {
      group: 'D03', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"最高、最强、究极、完美"等最高级用语需要客观依据，涉及化妆品功效时更被禁止。请改为具体规格或"用心打造"。',
        ja: '「最高」「最強」「究極」「完璧」などの最大級表現は客観的根拠が必要で、化粧品の効能では禁止です。具体的な数値や「こだわりの」に。',
        en: 'Superlatives ("best", "strongest", "ultimate", "perfect") need objective proof; use a measured spec or "carefully made".',
      },
      alternatives: ['こだわりの', '自信をもっておすすめ'],
      sources: [SRC.superlatives],
      exceptions: [cover('最高(?:気温|速度|時速|温度|出力|解像度|画質|\\d)|最大\\d|最上階')],
    },
    [
      ['ja', 'ja', ['最高(?!の効果)|最強(?!の効果)|最上級|究極|至高|最高峰|完璧|極上|決定版|業界最(?:長|大|高|強)|史上最(?:高|強)']],
      ['zh', 'zh', ['最好用|最强|顶级|天花板|极致|史上最']],
      ['en', 'en', ['\\bthe best\\b|\\bbest ever\\b|\\bultimate\\b|\\bstrongest\\b']],
    ],
  ),
  ...family(
    {
      group: 'D04', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"业界首创、世界首个、唯一、只有本店"需要证据，否则构成优良误认。',
        ja: '「業界初」「世界初」「唯一」「ここだけ」は根拠が必要で、なければ優良誤認になります。',
        en: '"Industry first", "world first", "only one" need evidence, or they mislead.',
      },
      alternatives: ['当社として初めて（根拠を明記）'],
      sources: [SRC.superlatives],
      exceptions: [cover('ここだけの話')],
    },
    [
      ['ja', 'ja', ['業界初|世界初|日本初|国内初|唯一(?:無二)?|当社だけ|ここだけ|他にはない|元祖']],
      ['zh', 'zh', ['全网独家|业界首创|全球首款|唯一一款']],
      ['en', 'en', ["\\bworld'?s first\\b|\\bindustry first\\b|\\bthe only (?:one|product)\\b"]],
    ],
  ),
  ...family(
    {
      group: 'D05', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"完全、完美、100%"是绝对化宣称，TikTok 也禁止。请写有条件的测量值。',
        ja: '「完全」「パーフェクト」「100%」は絶対的な表現で、TikTokでも禁止です。条件付きの測定値で表現を。',
        en: '"Complete", "perfect", "100%" are absolute claims (also banned by TikTok); give a measured value with conditions.',
      },
      alternatives: ['しっかり', '〇〇試験で〇%（条件を明記）'],
      sources: [SRC.tiktokVn, SRC.superlatives],
      exceptions: [
        cover('完全(?:わいやれす|予約|個室|受注|栄養食|版|一致|新作|新品|限定|数量|週休|無料)'),
        cover('完全防水', ['electronics', 'household']),
      ],
    },
    [
      ['ja', 'ja', ['完全(?!無添加)|ぱーふぇくと', '100%(?:かっと|除去|落ち|防|保証|満足|成功|ぶろっく)']],
      ['zh', 'zh', ['百分百|零失败|完美无瑕']],
      ['en', 'en', ['\\bperfect results\\b|\\b100% (?:effective|guaranteed|success)\\b|\\bflawless\\b']],
    ],
  ),
  ...family(
    {
      group: 'D06', law: 'keihyo', severity: 'medium', scopes: ALL, cautionSafe: true,
      explanation: {
        zh_CN: '"绝对、一定、确实"是保证性用语；涉及健康或功效时风险更高。',
        ja: '「絶対」「必ず」「確実」は保証的な表現です。健康・効能に関わると特に問題になります。',
        en: '"Absolutely", "definitely", "guaranteed" are guarantees; riskier still for health or efficacy.',
      },
      alternatives: ['〜を目指す方に', 'おすすめです'],
      sources: [SRC.superlatives],
      exceptions: [cover('絶対音感|絶対値|絶対的')],
    },
    [
      ['ja', 'ja', ['絶対(?:に)?(?!音感|値|的)|確実に|間違いなし|間違いない|保証します']],
      ['zh', 'zh', ['绝对|保证(?!金)|一定会']],
      ['en', 'en', ['\\bguaranteed\\b|\\bdefinitely works\\b']],
    ],
  ),
  ...family(
    {
      group: 'D07', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"永久、一辈子、半永久、效果持续"是耐久或功效保证，需要依据。',
        ja: '「永久」「一生」「半永久」「ずっと効果が続く」は耐久性・効果の保証で、根拠が必要です。',
        en: '"Permanent", "lifetime", "lasts forever" guarantee durability or effect and need proof.',
      },
      alternatives: ['〇回の耐久試験をクリア（当社試験）'],
      sources: [SRC.superlatives],
      exceptions: [cover('永久保証'), cover('永久脱毛')],
    },
    [
      ['ja', 'ja', ['(?<!半)永久|半永久|一生(?:もの|使え|続)|ずっと効果が続']],
      ['zh', 'zh', ['永久|终身有效|一辈子']],
      ['en', 'en', ['\\bpermanent(?:ly)?\\b|\\blasts forever\\b|\\blifetime results\\b']],
    ],
  ),
  ...family(
    {
      group: 'D07', law: 'keihyo', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"永久保修"须在旁写明条件。',
        ja: '「永久保証」は条件を近くに明記してください。',
        en: '"Lifetime warranty" needs its conditions stated next to it.',
      },
      alternatives: ['永久保証（条件：〇〇）'],
      sources: [SRC.superlatives],
    },
    [['warranty', 'ja', ['永久保証']]],
  ),
  ...family(
    {
      group: 'D08', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"谁都能、所有人、任何肤质、不分年龄"暗示结果人人相同，属于保证性表述。',
        ja: '「誰でも」「全員」「どんな肌にも」「年齢関係なく」は誰にでも同じ結果が出るという保証になります。',
        en: '"Anyone", "everyone", "any skin", "at any age" promise the same result for all.',
      },
      alternatives: ['〇〇な方に'],
      sources: [SRC.superlatives],
    },
    [
      ['ja', 'ja', ['誰でも[^。\\n]{0,8}?(?:痩|やせ|効|きれいに|綺麗に|実感|白く|若|変われ|変わる)|全員が|どんな肌(?:にも|でも)|年齢(?:に)?関係なく']],
      ['zh', 'zh', ['人人都能|所有人都|任何肤质都']],
      ['en', 'en', ['\\bworks for everyone\\b|\\beveryone (?:sees|gets) results\\b']],
    ],
  ),
  ...family(
    {
      group: 'D09', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"满意度X%、X人中X人有感"与 No.1 同样需要调查概要（期间、对象、人数、方法）。',
        ja: '「満足度〇%」「〇人中〇人が実感」はNo.1表示と同様に、調査概要（期間・対象・人数・方法）の明記が必要です。',
        en: 'Satisfaction percentages need the survey outline (period, subjects, n, method) next to them.',
      },
      alternatives: ['満足度〇%（調査期間・対象・人数・方法を明記）'],
      sources: [SRC.no1Survey],
    },
    [
      ['ja', 'ja', ['満足度\\d+(?:\\.\\d+)?%|\\d+人中\\d+人|りぴーと率\\d+|高評価\\d+']],
      ['zh', 'zh', ['好评率\\d+|回购率\\d+|满意度\\d+']],
      ['en', 'en', ['\\b\\d+% (?:of (?:users|customers)|satisfaction|satisfied)\\b']],
    ],
  ),
  ...family(
    {
      group: 'D10', law: 'keihyo', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"累计销量X万件"须写明期间和统计方法。',
        ja: '「累計〇万個」などの販売実績は期間と集計方法を明記してください。',
        en: 'Sales counts need the period and counting method.',
      },
      alternatives: ['累計〇万個（〇年〇月〜〇年〇月、当社集計）'],
      sources: [SRC.superlatives],
    },
    [
      ['ja', 'ja', ['累計\\d|\\d+(?:秒|分)に1(?:個|本|つ|枚)|\\d+万(?:個|本|枚|袋|件)?突破']],
      ['zh', 'zh', ['销量破\\d|月销\\d|已售\\d+万']],
      ['en', 'en', ['\\bsold (?:over )?\\d[\\d,]*\\+? (?:units|pieces)\\b']],
    ],
  ),
  ...family(
    {
      group: 'D11', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"明星同款、网红爱用、TikTok 爆火"若不属实即为优良误认；若付费则涉及隐性营销；TikTok 禁止虚假背书。',
        ja: '「芸能人愛用」「TikTokで話題」は事実でなければ優良誤認、有償ならステマにも。TikTokは虚偽の推薦を禁止しています。',
        en: 'Celebrity or "viral on TikTok" claims mislead if untrue, are stealth marketing if paid, and TikTok bans false endorsements.',
      },
      alternatives: ['（事実で、記録があり、開示している場合のみ記載）'],
      sources: [SRC.tiktokCnPolicy, SRC.stema],
    },
    [
      ['ja', 'ja', ['芸能人(?:も)?(?:愛用|御用達)|(?:さん|様)も(?:愛用|使用|使って)|いんふるえんさー(?:も)?愛用|tiktokで(?:話題|ばず)|ばずった|ばずり中|話題沸騰|sns(?:で)?話題']],
      ['zh', 'zh', ['明星同款|网红同款|明星推荐|爆款']],
      ['en', 'en', ['\\bas seen on tiktok\\b|\\btiktok made me buy it\\b|\\bcelebrity favou?rite\\b|\\bgoing viral\\b']],
    ],
  ),
  ...family(
    {
      group: 'D12', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '获奖与认证须真实并写明年份和主办方；TikTok 禁止虚假奖项与认证。',
        ja: '受賞・認証は事実であり、年・主催者を明記してください。TikTokは虚偽の受賞・認証を禁止しています。',
        en: 'Awards and certifications must be real and state the year and organiser; TikTok bans false ones.',
      },
      alternatives: ['〇〇賞（2024年、主催〇〇）'],
      sources: [SRC.tiktokCnPolicy],
      exceptions: [near('\\d{4}年|主催', 16)],
    },
    [
      ['ja', 'ja', ['受賞|(?:協会|学会)(?:推奨|認定)|認証取得']],
      ['zh', 'zh', ['获奖|荣获']],
      ['en', 'en', ['\\baward[ -]winning\\b']],
    ],
  ),
  ...family(
    {
      group: 'D13', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"除菌99.9%、空间除菌、去除病毒"需要符合实际使用条件的证据（不实证广告）；消费者厅多次处罚空间除菌产品。',
        ja: '「99.9%除菌」「空間除菌」「ウイルス除去」は実使用に見合う根拠が必要です（不実証広告）。空間除菌製品には措置命令・課徴金が繰り返し出ています。',
        en: '"99.9% germ kill", "space disinfection", "removes viruses" need evidence for real-life use; repeated enforcement since 2014.',
      },
      alternatives: ['〇〇試験で〇%（試験機関・条件：〇㎥密閉空間・〇分後）※実使用空間での効果ではありません'],
      sources: [SRC.spaceDisinfection, SRC.fusinjitsu],
      exceptions: [near('衣類|洗濯|しみ抜き', 10)],
    },
    [
      ['ja', 'ja', ['\\d+(?:\\.\\d+)?%(?:除菌|抗菌|殺菌|抗ういるす|かっと|ぶろっく|除去)|ういるす(?:を)?(?:\\d+(?:\\.\\d+)?%(?:かっと|除去|ぶろっく|除菌)?|除去|撃退|不活化)|空間除菌|花粉(?:を)?\\d+(?:\\.\\d+)?%']],
      ['zh', 'zh', ['除菌率|杀菌率|杀灭\\d+|除菌\\d+']],
      ['en', 'en', ['\\bkills? 99(?:\\.9+)?%|\\b99(?:\\.9+)?% of (?:germs|bacteria|viruses)\\b']],
    ],
  ),
  ...family(
    {
      group: 'D14', law: 'origin', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '"日本制、国产"只有在日本完成实质性加工时才可使用；外国制造商品若以日文为主又不标原产国，即违反原产国告示（2025年Qoo10案例）。',
        ja: '「日本製」「国産」は日本で実質的変更が行われた場合のみ可。外国製品を日本語中心で原産国を示さず販売すると原産国告示違反です。',
        en: '"Made in Japan/domestic" only if substantially made in Japan; foreign goods sold in Japanese must show the country of origin.',
      },
      alternatives: ['原産国：中国', '中国製（企画：日本）'],
      sources: [SRC.origin],
      // An explicit origin statement next to it is what the notice asks for.
      exceptions: [near('原産国', 30)],
    },
    [
      ['ja', 'ja', ['日本製|国産|国内製造|国内生産|日本ぶらんど|日本発(?:の)?ぶらんど']],
      ['zh', 'zh', ['日本制造|日本原装|日本进口']],
      ['en', 'en', ['\\bmade in japan\\b|\\bjapanese[ -]made\\b']],
    ],
  ),
  ...family(
    {
      group: 'D15', law: 'keihyo', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: '与他社比较须证明、准确引用、公平比较；化妆品/医药部外品禁止贬低他社；TikTok 也禁止贬低性内容。',
        ja: '他社比較は立証・正確な引用・公正な比較が必要です。化粧品等では他社誹謗が禁止、TikTokも中傷的内容を禁止しています。',
        en: 'Comparisons must be proven, accurate and fair; cosmetics may not disparage others; TikTok bans disparaging content.',
      },
      alternatives: ['当社従来品（〇〇）比 配合量2倍'],
      sources: [SRC.comparison],
    },
    [
      ['ja', 'ja', ['他社(?:製品|商品|品)?(?:より|の\\d+倍|と比べ|とは比べもの)|[a-z]社より|他の[^。\\n]{0,8}?(?:はだめ|はダメ|とは違)']],
      ['zh', 'zh', ['吊打|秒杀大牌|碾压(?:大牌|同行)|比大牌']],
      ['en', 'en', ['\\bbetter than (?:other brands|competitors|the rest)\\b']],
    ],
  ),
  ...family(
    {
      group: 'D16', law: 'keihyo', severity: 'low', scopes: ALL,
      explanation: {
        zh_CN: '"本公司比X倍"须写明比较的对象和项目。',
        ja: '「当社比〇倍」は何をどの製品と比べたかを明記してください。',
        en: '"X times vs our product" must say what is compared with which product.',
      },
      alternatives: ['〇〇の配合量 当社従来品（品名）比2倍'],
      sources: [SRC.comparison],
      exceptions: [near('従来品[(（]', 12)],
    },
    [['ja', 'ja', ['(?:当社|自社)(?:従来品)?比']]],
  ),
  ...family(
    {
      group: 'D17', law: 'yakki', severity: 'medium', scopes: allBut('medical_device'),
      explanation: {
        zh_CN: '"诊所级、美容院级、医疗级"会让家用产品被误认为医疗器械，也可能构成优良误认。',
        ja: '「クリニック級」「サロン級」「医療レベル」は家庭用品を医療機器と誤認させ、優良誤認のおそれもあります。',
        en: '"Clinic/salon/medical grade" makes a home product look like a medical device and may mislead.',
      },
      alternatives: ['家庭用〇〇'],
      sources: [SRC.hairRemoval],
    },
    [
      ['ja', 'ja', ['くりにっく級|さろん級|えすて級|医療(?:れべる|級|並み)|ぷろ仕様の効果']],
      ['zh', 'zh', ['院线级|医美级|美容院级']],
      ['en', 'en', ['\\b(?:clinic|salon|professional)[ -](?:grade|level) results\\b|\\bclinic[ -]grade\\b']],
    ],
  ),
  ...family(
    {
      group: 'D18', law: 'yakki', severity: 'high', scopes: ALL, efficacy: true,
      explanation: {
        zh_CN: '"永久脱毛、激光脱毛、破坏毛根"属于医疗行为，家用器械和美容院不能宣称。',
        ja: '「永久脱毛」「レーザー脱毛」「毛根を破壊」は医療行為です。家庭用機器・サロンでは表示できません。',
        en: 'Permanent or laser hair removal and destroying hair roots are medical acts; home devices may not claim them.',
      },
      alternatives: ['ムダ毛のお手入れに（光美容器）'],
      sources: [SRC.hairRemoval],
    },
    [
      ['ja', 'ja', ['永久脱毛|れーざー脱毛|医療脱毛並み|毛根(?:を|から)?破壊']],
      ['zh', 'zh', ['激光脱毛|冰点脱毛']],
      ['en', 'en', ['\\bpermanent hair removal\\b']],
    ],
  ),
];
