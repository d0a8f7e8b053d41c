/**
 * "Japanese that reads as Japanese" (issue 15): most sellers are Chinese and write Japanese as a second language, or
 * paste machine translation. Flags simplified (or traditional) Chinese glyphs that Japanese does not use, Chinese
 * punctuation where Japanese uses 、。, Chinese-only words, and text with no kana at all, each with the Japanese form.
 * Works on the ORIGINAL text (NFKC would hide the full-width punctuation), so offsets need no map.
 *
 * Glyph pairs follow the standard simplified → Japanese shinjitai correspondences (e.g. Unihan kSimplifiedVariant /
 * kSemanticVariant data: https://www.unicode.org/reports/tr38/); only glyphs absent from Japanese use are listed.
 */

export type JapaneseIssueKind = 'glyph' | 'punctuation' | 'word' | 'not_japanese';

export interface JapaneseIssue {
  kind: JapaneseIssueKind;
  start: number;
  end: number;
  matched: string;
  /** The Japanese form to use instead ('' when the fix is to rewrite the text in Japanese). */
  suggestion: string;
}

/** Simplified / traditional Chinese glyph → Japanese glyph (pairs written "CJ", space-separated). */
const GLYPH_PAIRS =
  '产産 產産 质質 营営 營営 优優 护護 肤膚 发発 發発 髮髪 养養 补補 净浄 淨浄 洁潔 华華 饰飾 贴貼 钱銭 錢銭 价価 價価 买買 卖売 賣売 货貨 运運 费費 ' +
  '邮郵 长長 宽寛 寬寛 轻軽 輕軽 软軟 适適 时時 间間 门門 电電 脑脳 腦脳 线線 车車 东東 丝糸 絲糸 纯純 织織 针針 对対 對対 个個 说説 說説 ' +
  '话話 语語 认認 证証 證証 检検 檢検 测測 试試 验験 驗験 润潤 红紅 绿緑 綠緑 蓝藍 黑黒 银銀 环環 链鎖 项項 欢歓 歡歓 爱愛 乐楽 樂楽 节節 热熱 凉涼 风風 ' +
  '气気 氣気 专専 專専 业業 级級 组組 无無 从従 众衆 传伝 伤傷 儿児 兴興 动動 务務 劳労 单単 卫衛 历歴 压圧 壓圧 参参 双双 变変 變変 后後 启啓 员員 ' +
  '图図 圖図 团団 團団 场場 块塊 处処 备備 复復 头頭 宝宝 寶宝 实実 實実 层層 岁歳 歲歳 岛島 带帯 应応 應応 开開 张張 弹弾 彈弾 归帰 录録 态態 总総 總総 ' +
  '恶悪 战戦 戰戦 扩拡 擴拡 扫掃 报報 择択 挂掛 换換 损損 摄摂 断断 斷断 术術 杂雑 权権 權権 条条 條条 极極 构構 样様 樣様 桥橋 梦夢 汉漢 汤湯 没没 浅浅 ' +
  '济済 浓濃 涂塗 满満 滿満 灯灯 灵霊 烟煙 烦煩 烧焼 燒焼 独独 獨独 现現 画画 畫画 盐塩 监監 盖蓋 盘盤 确確 礼礼 禮礼 离離 种種 积積 称称 稱称 稳穏 穩穏 ' +
  '窗窓 笔筆 简簡 类類 紧緊 纪紀 约約 纸紙 练練 细細 终終 经経 經経 结結 给給 络絡 统統 继継 繼継 续続 續続 维維 编編 缩縮 网網 罗羅 职職 联連 聯連 ' +
  '胜勝 脸顔 臉顔 脚脚 腳脚 艺芸 藝芸 范範 获獲 虑慮 规規 视視 览覧 覽覧 觉覚 覺覚 订訂 计計 让譲 讓譲 训訓 议議 记記 讲講 许許 论論 设設 访訪 评評 识識 诉訴 ' +
  '词詞 译訳 譯訳 诚誠 询詢 该該 详詳 误誤 请請 读読 讀読 课課 谁誰 调調 谈談 谢謝 贝貝 负負 财財 责責 败敗 账帳 购購 贵貴 贸貿 资資 赏賞 赛賽 趋趨 转転 ' +
  '轮輪 载載 较較 辆輌 边辺 邊辺 达達 过過 还還 进進 远遠 连連 迟遅 选選 递逓 遗遺 钟鐘 钢鋼 铁鉄 鐵鉄 错錯 锅鍋 镜鏡 闭閉 问問 闲閑 闻聞 阅閲 队隊 阳陽 阴陰 ' +
  '际際 陆陸 险険 随随 隐隠 难難 雾霧 预預 领領 频頻 题題 颗顆 飞飛 饭飯 饮飲 饱飽 馆館 驱駆 鱼魚 鸟鳥 鸡鶏 麦麦 齐斉 龄齢 龙竜 药薬 藥薬 疗療 减減 瘦痩 ' +
  '效効 皱皺 颜顔 顏顔 湿湿 濕湿 纹紋 鞋靴 亲親 观観 讯訊 础礎 织織 袋袋 装装 裝装 显顕 灿燦 韩韓 舍舎 缘縁 紧緊 疮瘡 痒痒 乌烏 梳梳';

export const CHINESE_GLYPHS: ReadonlyMap<string, string> = new Map(
  GLYPH_PAIRS.split(/\s+/).filter((p) => p.length === 2 && p[0] !== p[1]).map((p) => [p[0]!, p[1]!] as [string, string]),
);

/** Chinese words sellers paste into Japanese copy → the word Japanese listings use. Longest first when matching. */
export const CHINESE_WORDS: ReadonlyArray<readonly [zh: string, ja: string]> = [
  ['产品', '商品'], ['產品', '商品'], ['质量', '品質'], ['質量', '品質'], ['优惠', '割引'], ['優惠', '割引'], ['包邮', '送料無料'], ['正品', '正規品'],
  ['新款', '新作'], ['爆款', '人気商品'], ['宝贝', '商品'], ['尺码', 'サイズ'], ['颜色', 'カラー'], ['顏色', 'カラー'], ['面料', '生地'], ['款式', 'デザイン'],
  ['适合', '〜におすすめ'], ['舒适', '快適'], ['时尚', 'おしゃれ'], ['高端', '高級'], ['性价比', 'コスパ'], ['面膜', 'シートマスク'], ['精华液', '美容液'],
  ['精华', '美容液'], ['爽肤水', '化粧水'], ['洗面奶', '洗顔料'], ['防晒霜', '日焼け止め'], ['防晒', '日焼け止め'], ['口红', '口紅'], ['粉底液', 'リキッドファンデーション'],
  ['卸妆', 'メイク落とし'], ['手机', 'スマホ'], ['手機', 'スマホ'], ['充电宝', 'モバイルバッテリー'], ['耳机', 'イヤホン'], ['数据线', 'ケーブル'],
  ['连衣裙', 'ワンピース'], ['裤子', 'パンツ'], ['卫衣', 'スウェット'], ['T恤', 'Tシャツ'], ['鞋子', '靴'], ['袜子', '靴下'], ['包包', 'バッグ'], ['收纳', '収納'],
  ['家居', '生活雑貨'], ['便携', '携帯用'], ['现货', '在庫あり'], ['下单', 'ご注文'], ['发货', '発送'], ['售后', 'アフターサービス'], ['客服', 'カスタマーサポート'],
  ['链接', 'リンク'], ['点赞', 'いいね'], ['关注', 'フォロー'], ['直播', 'ライブ配信'], ['达人', 'クリエイター'], ['网红', 'インフルエンサー'], ['同款', '同じデザイン'],
  ['男士', 'メンズ'], ['女士', 'レディース'], ['儿童', 'キッズ'], ['婴儿', 'ベビー'], ['保质期', '賞味期限'], ['使用方法', '使い方'], ['亲', 'お客様'],
];

/** Chinese sentence punctuation → the Japanese mark. ，；are never Japanese; ：！？ only count in text that already uses them. */
const ALWAYS_CHINESE_PUNCT: Readonly<Record<string, string>> = { '，': '、', '；': '。' };
const CONTEXT_CHINESE_PUNCT: Readonly<Record<string, string>> = { '：': '、', '！': '。', '？': '。' };

const KANA = /[\u3041-\u309f\u30a1-\u30fa\u30fc]/;
const HAN = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

function wordIssues(text: string): JapaneseIssue[] {
  const out: JapaneseIssue[] = [];
  const taken = new Uint8Array(text.length);
  const words = CHINESE_WORDS.slice().sort((a, b) => b[0].length - a[0].length);
  for (const [zh, ja] of words) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(zh, from);
      if (i < 0) break;
      from = i + zh.length;
      // 亲 alone is a salutation only at the start of a phrase (亲，…), not inside 亲子 etc.
      if (zh.length === 1 && HAN.test(text[i + 1] ?? '')) continue;
      let free = true;
      for (let k = i; k < i + zh.length; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = i; k < i + zh.length; k++) taken[k] = 1;
      out.push({ kind: 'word', start: i, end: i + zh.length, matched: zh, suggestion: ja });
    }
  }
  return out;
}

/**
 * Issues in `text`, by position. `requireJapanese` adds a `not_japanese` issue when the text has no kana and is Latin
 * or Chinese (titles: TikTok Shop JP wants Japanese; Latin brand names are fine beside Japanese words).
 */
export function checkJapanese(text: string, requireJapanese = false): JapaneseIssue[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const words = wordIssues(text);
  const inWord = new Uint8Array(text.length);
  for (const w of words) for (let k = w.start; k < w.end; k++) inWord[k] = 1;
  const out: JapaneseIssue[] = [...words];
  const chinesePunctuation = /[，；]/.test(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const glyph = CHINESE_GLYPHS.get(ch);
    if (glyph && !inWord[i]) out.push({ kind: 'glyph', start: i, end: i + 1, matched: ch, suggestion: glyph });
    const always = ALWAYS_CHINESE_PUNCT[ch];
    if (always) out.push({ kind: 'punctuation', start: i, end: i + 1, matched: ch, suggestion: always });
    else if (chinesePunctuation && CONTEXT_CHINESE_PUNCT[ch]) out.push({ kind: 'punctuation', start: i, end: i + 1, matched: ch, suggestion: CONTEXT_CHINESE_PUNCT[ch]! });
  }
  // No kana: Latin-only text is not Japanese; kanji-only text is, unless it is Chinese (its glyphs or words show it).
  const chinese = out.some((i) => i.kind === 'glyph' || i.kind === 'word');
  if (requireJapanese && !KANA.test(text) && (chinese || (!HAN.test(text) && LATIN_WORD.test(text)))) {
    out.push({ kind: 'not_japanese', start: 0, end: text.length, matched: text, suggestion: '' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies every glyph, word and always-Chinese punctuation fix (right to left, so offsets stay valid). */
export function toJapaneseForm(text: string, issues: readonly JapaneseIssue[]): string {
  let out = text;
  const fixes = issues.filter((i) => i.kind === 'glyph' || i.kind === 'word' || (i.kind === 'punctuation' && ALWAYS_CHINESE_PUNCT[i.matched]));
  for (const f of fixes.slice().sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
  return out;
}
