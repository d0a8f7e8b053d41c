/** Research §I: TikTok Shop platform rules — stricter than the law in places. */
import type { Rule } from '../types';
import { ALL, SRC, allBut, family } from './define';

export const PLATFORM_RULES: Rule[] = [
  ...family(
    {
      group: 'I01', law: 'tiktok', severity: 'high', scopes: ALL,
      explanation: {
        zh_CN: 'TikTok Shop 禁止把买家引导到站外下单（LINE、官网、私信、二维码等）。',
        ja: 'TikTok Shopでは外部への誘導（LINE・公式サイト・DMでの注文、QRコード等）が禁止されています。',
        en: 'TikTok Shop forbids sending buyers off-platform to order (LINE, own website, DMs, QR codes).',
      },
      alternatives: ['商品リンクからご購入いただけます'],
      sources: [SRC.tiktokMisleading, SRC.tiktokCnPolicy],
    },
    [
      ['ja', 'ja', ['line(?:で|から)(?:注文|購入|予約|問い合わせ)|公式(?:さいと|hp|ストア)で(?:購入|注文|買)|dm(?:で|から)(?:注文|購入)|qrこーど|ぷろふ(?:ぃーる)?のりんく|で検索して(?:購入|買)']],
      ['zh', 'zh', ['加微信|私信下单|加line|站外下单|扫码购买']],
      ['en', 'en', ['\\border via dm\\b|\\blink in (?:my )?bio\\b|\\bbuy (?:it )?on our website\\b']],
    ],
  ),
  ...family(
    {
      group: 'I02', law: 'tiktok', severity: 'medium', scopes: ALL,
      explanation: {
        zh_CN: 'TikTok 禁止与其他电商平台比较（"比乐天、亚马逊便宜""亚马逊售罄"）。',
        ja: 'TikTokでは他のECサイトとの比較（「楽天やAmazonより安い」「Amazonで売り切れ」）が禁止されています。',
        en: 'TikTok bans comparisons with other e-commerce sites ("cheaper than Amazon", "sold out on Rakuten").',
      },
      alternatives: ['（他サイト名を削除）'],
      sources: [SRC.tiktokMisleading, SRC.tiktokAdsJa],
    },
    [
      ['ja', 'ja', ['(?:楽天|amazon|あまぞん|yahoo|やふー|qoo10|shein|temu|めるかり|他のec)[^。\\n]{0,12}?(?:より(?:も)?安|で売り切れ|で完売|より(?:お)?得)']],
      ['zh', 'zh', ['比(?:淘宝|拼多多|京东|亚马逊|乐天)便宜']],
      ['en', 'en', ['\\bcheaper than (?:amazon|rakuten|temu|shein)\\b']],
    ],
  ),
  ...family(
    {
      group: 'I03', law: 'tiktok', severity: 'high', scopes: allBut('household', 'electronics'), efficacy: true,
      explanation: {
        zh_CN: 'TikTok 禁止展示显著改善的使用前后对比（痘痘、美白、皱纹等）；适当广告基准也视其为效果保证。',
        ja: 'TikTokはビフォーアフター（ニキビ・美白・シワ等の劇的な改善）を禁止しています。適正広告基準上も効果の保証にあたります。',
        en: 'TikTok bans before/after showing dramatic improvement; the advertising standards treat it as an efficacy guarantee.',
      },
      alternatives: ['テクスチャーや使い方を紹介'],
      sources: [SRC.tiktokAdsJa, SRC.tiktokCnPolicy],
    },
    [
      ['ja', 'ja', ['びふぉーあふたー|使用前(?:と|→)?使用後|\\d+(?:日|週間|か月|ヶ月)後の(?:肌|顔|体|お腹)']],
      ['zh', 'zh', ['使用前后对比|前后对比']],
      ['en', 'en', ['\\bbefore\\s*(?:&|and|/)?\\s*after\\b']],
    ],
  ),
  ...family(
    {
      group: 'I05', law: 'tiktok', severity: 'high', scopes: ALL,
      explanation: {
        zh_CN: '"平替、大牌同款、同厂、高仿"涉及虚假关联和知识产权，TikTok 禁止，也可能违反商标法/不正竞争防止法。',
        ja: '「〇〇と同じ工場」「激似」「dupe」「スーパーコピー」はブランドの虚偽の関連付け・知的財産の問題で、TikTokが禁止しています。',
        en: '"Dupe", "same factory as X", "super copy" imply false affiliation or IP infringement; banned by TikTok.',
      },
      alternatives: ['（第三者ブランド名への言及を削除）'],
      sources: [SRC.tiktokCnPolicy],
    },
    [
      ['ja', 'ja', ['同じ工場|激似|すーぱーこぴー|(?<![a-z])n品|(?<![a-z])dupe(?![a-z])|ぶらんど風']],
      ['zh', 'zh', ['平替|同厂|大牌同款|原单|高仿']],
      ['en', 'en', ['\\bdupe\\b|\\bsame factory as\\b|\\bknock-?off\\b']],
    ],
  ),
  ...family(
    {
      group: 'I07', law: 'tiktok', severity: 'high', scopes: allBut('medical_device'),
      explanation: {
        zh_CN: '宣称医疗器械认证（无认证编号）或医疗用途，违反药机法，TikTok 也禁止未经许可的医疗器械。',
        ja: '医療機器認証（認証番号なし）や医療用途をうたうことは薬機法違反で、TikTokも未許可の医療機器を禁止しています。',
        en: 'Claiming medical-device certification (without a number) or medical use breaches the PMD Act and TikTok rules.',
      },
      alternatives: ['（医療機器としての表示を削除）'],
      sources: [SRC.tiktokJpGuide],
    },
    [
      ['ja', 'ja', ['医療機器(?:認証|承認|認定)|管理医療機器|一般医療機器']],
      ['zh', 'zh', ['医疗器械认证|二类医疗器械']],
      ['en', 'en', ['\\bmedical device (?:certified|approved)\\b']],
    ],
  ),
];
