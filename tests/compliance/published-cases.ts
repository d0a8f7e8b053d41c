/**
 * Regression corpus of REAL published cases: copy quoted in enforcement releases, prefectural test-purchase surveys and
 * government guidance, with the span the authority cited. The second half is copy the rules PERMIT (government
 * notices, free to quote under 著作権法13条): the 56 cosmetic efficacy items, approved quasi-drug efficacy wording,
 * FOSHU / FFC / FNFC statements. Addresses are the public pages the quotes were read from (news and analysis pages
 * quoting the 消費者庁 / 東京都 releases where the release itself was not reachable).
 *
 * A published case is caught when a finding overlaps its cited span (`expect: 'span'`), or — for stealth-marketing
 * orders, which are about what is missing — when the creator-script check reports a missing or buried disclosure.
 */
import type { Category, Kind } from '../../lib/compliance';

export interface PublishedCase {
  copy: string;
  /** The cited words, a substring of `copy`. */
  span: string;
  category: Category;
  authority: string;
  source: string;
  kind?: Kind;
  expect?: 'span' | 'disclosure';
}

export interface PermittedCase {
  copy: string;
  category: Category;
  authority: string;
  source: string;
}

const S = {
  kuzunohana: 'https://www.nikkei.com/article/DGXMZO23205020X01C17A1CR8000/',
  kuzunohanaFine: 'https://www.nikkei.com/article/DGXMZO25908290Z10C18A1CR8000/',
  zennihon: 'https://ascii.jp/elem/000/001/011/1011026',
  jfrontier: 'https://wellness-news.co.jp/posts/%e3%82%b8%e3%82%a7%e3%82%a4%e3%83%95%e3%83%ad%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e3%81%ab%e8%aa%b2%e5%be%b4%e9%87%91%e7%b4%8d%e4%bb%98%e5%91%bd%e4%bb%a4%e3%80%81%e9%a3%9f%e5%93%81%e5%88%86%e9%87%8e',
  jfrontierNhk: 'https://jp24h.com/post/69289.html',
  hahaha: 'https://ameblo.jp/kachokin-data',
  furusato: 'https://wellness-news.co.jp/posts/%e6%b6%88%e8%b2%bb%e8%80%85%e5%ba%81%e3%80%81%e3%81%b5%e3%82%8b%e3%81%95%e3%81%a8%e5%92%8c%e6%bc%a2%e5%a0%82%e3%81%ab1305%e4%b8%87%e5%86%86%e3%81%ae%e8%aa%b2%e5%be%b4%e9%87%91%e7%b4%8d%e4%bb%98',
  ciel: 'https://123deta.com/document/z12w48ey-%E3%81%AE%E3%82%82%E3%81%A4%E5%85%8D%E7%96%AB%E5%8A%9B%E3%82%84%E3%83%93%E3%82%BF%E3%83%9F%E3%83%B3%E3%83%9F%E3%83%8D%E3%83%A9%E3%83%AB%E3%81%8C%E7%87%83%E3%81%88%E3%82%84%E3%81%99%E3%81%84%E4%BD%93%E3%82%92%E4%BD%9C%E3%82%8A%E8%82%8C%E3%81%AE%E6%96%B0%E9%99%B3%E4%BB%A3%E8%AC%9D%E3%82%82%E4%BF%83%E3%81%99%E7%AD%89%E3%81%A8%E8%A8%98%E8%BC%89%E3%81%99%E3%82%8B%E3%81%AA%E3%81%A9%E5%88%A5%E8%A1%A8%E8%A1%A8%E7%A4%BA%E5%86%85%E5%AE%B9%E6%AC%84%E8%A8%98.html',
  leggings: 'https://stuvwxyz.cocolog-nifty.com/blog/2017/12/post-c7d2.html',
  pressureShirt: 'http://sankeibiz.jp/econome/news/190323/ecb1903230053001-n1.htm',
  pressureShirt2: 'https://b.hatena.ne.jp/Outfielder/20190322',
  cocokara: 'https://dailysunny.com/?p=401428',
  lashes: 'https://tsuginote.co.jp/dx-news/1170',
  lashes2: 'https://www.yakujihou.com/yakujinews/26220/',
  lashesOrder: 'https://arietiform.com/application/nph-tsq.cgi/en/20/https/b.hatena.ne.jp/spark7/20210603',
  lashesNcac: 'https://wellness-news.co.jp/posts/%e5%9b%bd%e3%82%bb%e3%83%b3%e3%80%81%e3%80%8c%e8%82%b2%e6%af%9b%e3%80%8d%e3%82%92%e6%a8%99%e3%81%bc%e3%81%86%e3%81%97%e3%81%9f%e3%81%be%e3%81%a4%e6%af%9b%e7%be%8e%e5%ae%b9%e6%b6%b2%e8%b2%a9%e5%a3%b22',
  lashesQd: 'https://imamura-cosmeconsultant.com/%E6%9C%80%E6%96%B0%E3%81%AE%E5%8C%96%E7%B2%A7%E5%93%81%E5%BA%83%E5%91%8A%E9%81%95%E5%8F%8D%E4%BA%8B%E4%BE%8B%EF%BD%9E%E3%81%BE%E3%81%A4%E6%AF%9B%E7%BE%8E%E5%AE%B9%E6%B6%B2%EF%BD%9E/',
  familia: 'https://nethanbai.co.jp/archives/13897?type=AMP',
  spotCream: 'https://bizspa.jp/post-464985/2/',
  asunobi: 'https://bibudan.com/?p=7987',
  crystal: 'https://tsuhanshimbun.com/products/article_detail.php?product_id=1615',
  kogao: 'http://news.livedoor.com/article/detail/11726797/',
  kogao2: 'https://medaka.5ch.net/test/read.cgi/diet/1483261154/4',
  kogao3: 'https://b.hatena.ne.jp/Rag-Rush/20160701',
  lift: 'https://imamura-cosmeconsultant.com/%e3%80%8c%e5%8c%96%e7%b2%a7%e5%93%81%e8%a1%a8%e7%a4%ba%e3%80%8d%e4%ba%8b%e4%be%8b%e8%a7%a3%e8%aa%ac%ef%bd%9e%e7%ac%ac3%e5%9b%9e%e3%80%80%e3%81%9f%e3%82%8b%e3%81%bf%ef%bd%9e',
  cleverin: 'https://news.livedoor.com/topics/detail/21597148',
  redspice: 'https://www.iwate-np.co.jp/article/kyodo/2022/6/21/902327',
  clo2: 'https://www.iza.ne.jp/article/20230120-YO6MEPRZQZJILMEDCEHM5VVZNM/',
  kowa: 'https://news.yahoo.co.jp/articles/ce45bf797593909f0eeb74e561c228202a95040d',
  wearable: 'https://huffingtonpost.jp/entry/story_jp_5ebf981fc5b6636762d1f81c',
  tokyo2012: 'https://keihyouhou.com/keihyouhou/16347/',
  tokyo2013: 'https://him-news.com/news/view/599',
  tokyo2019: 'https://wellness-news.co.jp/posts/%e6%9d%b1%e4%ba%ac%e9%83%bd%e3%81%8c%e5%81%a5%e5%ba%b7%e9%a3%9f%e5%93%81%e8%a9%a6%e8%b2%b7%e8%aa%bf%e6%9f%bb%e3%80%81125%e5%93%81%e7%9b%ae%e4%b8%ad116%e5%93%81%e7%9b%ae%e3%81%a7%e4%b8%8d%e9%81%a9',
  tokyo2020: 'https://wellness-news.co.jp/posts/%e6%9d%b1%e4%ba%ac%e9%83%bd%e3%81%8c%e5%81%a5%e5%ba%b7%e9%a3%9f%e5%93%81%e8%a9%a6%e8%b2%b7%e8%aa%bf%e6%9f%bb%e3%80%8156%e5%93%81%e7%9b%ae%e4%b8%ad41%e5%93%81%e7%9b%ae%e3%81%8c%e4%b8%8d%e9%81%a9',
  tokyo2022: 'https://shokunojyohoshitu.com/%e6%9d%b1%e4%ba%ac%e9%83%bd%e3%81%ae%e5%81%a5%e5%ba%b7%e9%a3%9f%e5%93%81%e8%a9%a6%e8%b2%b7%e8%aa%bf%e6%9f%bb%e3%80%81125%e8%a3%bd%e5%93%81%e4%b8%ad103%e8%a3%bd%e5%93%81%e3%81%a7%e4%b8%8d%e9%81%a9',
  tokyo2023: 'https://jc-press.com/?p=10497',
  tokyo2024: 'https://www.metro.tokyo.lg.jp/information/press/2025/03/2025032511',
  tokyo2024b: 'https://jc-press.com/?p=11480',
  tokyo2010: 'https://www.yakuji.co.jp/entry23297.html',
  notice46: 'https://nexpert-law.com/yakkihoiryoho/mushounin-torisimari',
  notice46b: 'https://www.weblio.jp/content/%E5%8C%BB%E8%96%AC%E5%93%81%E7%9A%84%E3%81%AA%E5%8A%B9%E8%83%BD%E5%8A%B9%E6%9E%9C%E3%81%AE%E8%A1%A8%E7%8F%BE%E4%BE%8B',
  kenzo: 'http://medical-diet.jp/%e3%82%b5%e3%83%97%e3%83%aa%e6%a6%82%e8%ab%96%ef%bc%91%ef%bc%97%ef%bc%94%e3%80%80%e5%81%a5%e5%ba%b7%e5%a2%97%e9%80%b2%e6%b3%95%e3%81%a7%e8%a6%8f%e5%88%b6%e3%81%95%e3%82%8c%e3%82%8b%e8%a1%a8%e7%a4%ba',
  ryuijiko: 'https://style.nikkei.com/article/DGXDZO66235310R00C14A2MZ4001?channel=DF140920160919&style=1',
  ryuijiko2: 'https://style.nikkei.com/article/DGXDZO66235310R00C14A2MZ4001?channel=DF140920160919&page=2&style=1',
  fukushima: 'http://www.pref.fukushima.lg.jp/sec/21150a/nkh12625.html',
  taisho: 'https://ameblo.jp/sochimeirei-data/entry-12874959828.html',
  taisho2: 'https://news.infoseek.co.jp/amp/article/itmedia_news_20241113187',
  chocozap: 'https://www.seventietwo.com/ja/news/ChocoZap_StealthMarketing',
  allure: 'https://xsionx.com/news/?p=735811',
  chitosan: 'https://b.hatena.ne.jp/tomnyanko/%E3%81%8C%E3%82%93/%E3%82%B5%E3%83%97%E3%83%AA%E3%83%A1%E3%83%B3%E3%83%88',
  celgen: 'http://asahi.5ch.net/test/read.cgi/newsplus/1516773171/58-157',
  amami: 'https://news.n5ch.top/newsplus/1512045782',
  naraFarm: 'https://www.niigata-nippo.co.jp/articles/-/441375',
  arrests2024: 'https://yakujihou-marketing.net/archives/3139',
  infoBank: 'https://nordot.app/1161412224790217570?c=62479058578587648',
  himematsutake: 'https://www.healthbusiness-online.com/9092/',
  // Permitted wording
  cosme56: 'https://cftc.jp/kiyaku/kiyaku02-3.html',
  cosme56b: 'https://yakujihou-marketing.net/archives/4861',
  quasiDrug: 'https://kakecom.co.jp/medicated-cosmetics/',
  quasiDrug2: 'https://xn--3kqp4ivqbkx2g5oj.com/works/w3/w3-3/',
  quasiDrug3: 'https://wellness-news.co.jp/posts/%e3%80%8c%e4%b8%80%e3%81%8b%e3%82%89%e3%82%8f%e3%81%8b%e3%82%8b%ef%bc%81%e5%8c%96%e7%b2%a7%e5%93%81%e5%ba%83%e5%91%8a%e8%a6%8f%e5%88%b6%e3%80%8d%ef%bd%9e%e5%9f%ba%e7%a4%8e%e7%b7%a8%ef%bc%88%e5%be%8c',
  foshu: 'https://entertainment-highest.com/yakuzi2/',
  fnfc: 'https://www.scribd.com/doc/453608/%E6%A0%84%E9%A4%8A%E6%A9%9F%E8%83%BD%E9%A3%9F%E5%93%81%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6',
  ffcGaba: 'https://www.pharmafoods.co.jp/products/food-with-function-claims',
  ffcNotified: 'http://xn--zck9awe6d372qg1j87ki4d.com/281115_dm1248/',
  ffcBlueberry: 'http://xn--zck9awe6d372qg1j87ki4d.com/%E6%B6%88%E8%B2%BB%E8%80%85%E5%BA%81%E3%80%81%E6%A9%9F%E8%83%BD%E6%80%A7%E8%A1%A8%E7%A4%BA%E9%A3%9F%E5%93%81%E3%81%A7%E6%96%B0%E3%81%9F%E3%81%AB%EF%BC%95%E4%BB%B6%E5%8F%97%E7%90%86/',
} as const;

const CAA = '消費者庁 措置命令';
const CAA_FINE = '消費者庁 課徴金納付命令';
const TOKYO = '東京都 健康食品試買調査';

const c = (copy: string, span: string, category: Category, authority: string, source: string): PublishedCase => ({ copy, span, category, authority, source });

export const PUBLISHED_CASES: readonly PublishedCase[] = [
  // 葛の花イソフラボン FFC, 16 companies (2017-11-07) and fines for 9 (2018-01-19)
  c('飲むだけで痩せる', '飲むだけで痩せる', 'ffc', CAA, S.kuzunohana),
  c('3カ月でおなかの脂肪が20平方センチメートル減少する', '3カ月でおなかの脂肪が20平方センチメートル減少する', 'ffc', CAA, S.kuzunohana),
  c('生産が追いつかず1人3箱まで', '生産が追いつかず1人3箱まで', 'ffc', CAA, S.kuzunohana),
  c('飲むだけで内臓脂肪が減る', '飲むだけで内臓脂肪が減る', 'ffc', CAA_FINE, S.kuzunohanaFine),
  // 全日本通販 すこやか酵母
  c('ムリな食事制限なしで 12kg体重減!', '12kg体重減', 'health_food', CAA, S.zennihon),
  c('食べてもOK!?そんな減量ケアあり?『炭水化物』対策で注目の酵母パワー!', '食べてもOK!?そんな減量ケアあり', 'health_food', CAA, S.zennihon),
  // ジェイフロンティア 酵水素328選
  c('ダイエットに成功した人続々', 'ダイエットに成功した人続々', 'health_food', CAA_FINE, S.jfrontierNhk),
  c('今すぐ痩せたい方へ!', '今すぐ痩せたい方へ', 'health_food', CAA_FINE, S.jfrontierNhk),
  c('約3カ月で-12.7㎏', '約3カ月で-12.7㎏', 'health_food', CAA_FINE, S.jfrontier),
  // ハハハラボ メラット (FFC, affiliate site)
  c('食べてないのに太るのは“燃焼力”がないから', '燃焼力', 'ffc', CAA_FINE, S.hahaha),
  c('3週間で60.8kg→47.2kgまで痩せた方法がすごい!', '3週間で60.8kg→47.2kgまで痩せた', 'ffc', CAA_FINE, S.hahaha),
  c('30~60代女性が選ぶダイエットサプリ No.1', 'No.1', 'ffc', CAA_FINE, S.hahaha),
  // ふるさと和漢堂
  c('長年のコンプレックスだったガリガリ体型を約2カ月で克服!', '約2カ月で克服', 'health_food', CAA_FINE, S.furusato),
  // シエル めっちゃたっぷりフルーツ青汁
  c('酵素のもつ免疫力やビタミン・ミネラルが燃えやすい体を作り、肌の新陳代謝も促す', '燃えやすい体を作り', 'food', CAA, S.ciel),
  c('酵素のもつ免疫力やビタミン・ミネラルが燃えやすい体を作り、肌の新陳代謝も促す', '新陳代謝も促す', 'food', CAA, S.ciel),
  // SAKLIKIT レギンス (apparel)
  c('何もしなくても24時間絶食状態!! 異常なスピードで体重が落ちる!!', '体重が落ちる', 'apparel', CAA, S.leggings),
  c('その威力はたった3日で-5kg減量!', 'たった3日で-5kg減量', 'apparel', CAA, S.leggings),
  c('21日後には下半身だけじゃない!? 全身の脂肪が痩せていく!!', '全身の脂肪が痩せていく', 'apparel', CAA, S.leggings),
  c('ただレギンスを履くだけで・・・ [1]ミクロ単位の骨盤矯正 [2]強制循環呼吸法 [3]脂肪の無限∞燃焼 [4]毒素の大量排出', '脂肪の無限∞燃焼', 'apparel', CAA, S.leggings),
  c('ただレギンスを履くだけで・・・ [1]ミクロ単位の骨盤矯正 [2]強制循環呼吸法 [3]脂肪の無限∞燃焼 [4]毒素の大量排出', '毒素の大量排出', 'apparel', CAA, S.leggings),
  c('14日以内に全身の脂肪を削ぎ落とす!! ≫14日間着用≪', '14日以内に全身の脂肪を削ぎ落とす', 'apparel', CAA, S.leggings),
  c('78kg⇒56kg!! 体重-22kg減!!', '体重-22kg減', 'apparel', CAA, S.leggings),
  // 加圧シャツ 9 companies (2019-03-22); ココカラケア (2021)
  c('着るだけで1時間で腹筋200回分の効果', '着るだけで1時間で腹筋200回分の効果', 'apparel', CAA, S.pressureShirt),
  c('1週間でマイナス5キロ', '1週間でマイナス5キロ', 'apparel', CAA, S.pressureShirt),
  c('無意識トレーニングでメタボ腹をたたき割る', 'メタボ腹をたたき割る', 'apparel', CAA, S.pressureShirt2),
  c('24時間着るだけで加圧トレーニング', '着るだけで加圧トレーニング', 'apparel', CAA, S.pressureShirt2),
  c('頑張らない骨盤ダイエット', '頑張らない骨盤ダイエット', 'apparel', CAA, S.cocokara),
  c('着るだけで筋肉トレーニング', '着るだけで筋肉トレーニング', 'apparel', CAA, S.cocokara),
  // ハウワイ まつ毛美容液 (order 2021-06, fine 2022-03) and its tea
  c('2週間でまつ毛が伸びる↑『エターナルアイラッシュ』の効果がすごすぎる', '2週間でまつ毛が伸びる', 'cosmetic', CAA_FINE, S.lashes),
  c('たった2週間でこんなにまつ毛が伸びてきた', 'たった2週間でこんなにまつ毛が伸びてきた', 'cosmetic', CAA_FINE, S.lashes),
  c('2週間で2mmも伸びる', '2週間で2mmも伸びる', 'cosmetic', CAA_FINE, S.lashes2),
  c('ボロボロまつ毛を理想のまつ毛に', 'ボロボロまつ毛を理想のまつ毛に', 'cosmetic', CAA_FINE, S.lashes2),
  c('飲むだけダイエット', '飲むだけダイエット', 'food', CAA, S.lashesOrder),
  c('深く浸透美まつげ再生', '深く浸透美まつげ再生', 'cosmetic', '国民生活センター 公表', S.lashesNcac),
  c('こんな症状の方におすすめ「まつ毛が薄い」「まつ毛が短い」', 'こんな症状の方におすすめ', 'quasi_drug', '国民生活センター 公表', S.lashesQd),
  // Spot creams and soaps
  c('年齢のせいにしていた、そのシミ…老斑が消えた?!', '老斑が消えた', 'cosmetic', CAA_FINE, S.familia),
  c('瞬間シミ消しクリーム', '瞬間シミ消し', 'cosmetic', CAA, S.spotCream),
  c('レーザー治療が必要な濃いシミでも4日で剥がれ落ちる', '4日で剥がれ落ちる', 'cosmetic', CAA, S.spotCream),
  c('使用をやめない限りあなたの肌にシミが再び現れることはありません', 'シミが再び現れることはありません', 'cosmetic', CAA, S.spotCream),
  c('誰でも確実に7日でシミが完全消滅', '7日でシミが完全消滅', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('シミに塗るだけで シミが完全消滅', 'シミが完全消滅', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('シミが一瞬で…', 'シミが一瞬で', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('見事にシミが消滅!', 'シミが消滅', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('あんなに何を使ってもダメだったシミが1週間で消え去りました…', 'シミが1週間で消え去りました', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('私が10年以上悩んできた顔の大きな濃いシミも… あまりにもきれいにシミが消えてしまったので', 'シミが消えてしまった', 'quasi_drug', '消費者庁 特定商取引法 業務停止命令', S.asunobi),
  c('気になるシワを一瞬で!?形状記憶', 'シワを一瞬で', 'cosmetic', CAA, S.crystal),
  c('継続使用によりシワが引き延ばされた状態をお肌が記憶してくれます', 'シワが引き延ばされた状態をお肌が記憶', 'cosmetic', CAA, S.crystal),
  c('使ってすぐ“顔”が変わるスキンケアです。目元アップ、頬アップ、口元アップ。', '目元アップ、頬アップ、口元アップ', 'cosmetic', '医薬品等適正広告基準 3(3)・3(6) 事例', S.lift),
  // 小顔 services, 9 providers (2016-06-30)
  c('骨格から小顔を造る', '骨格から小顔を造る', 'general', CAA, S.kogao),
  c('顔の骨格のゆがみを取り除き、内側へ整えます', '顔の骨格のゆがみを取り除き', 'general', CAA, S.kogao),
  c('1回だけで効果が実感でき、元に戻らない', '元に戻らない', 'general', CAA, S.kogao2),
  c('頭蓋骨の形を整え、顔が縮まる', '顔が縮まる', 'general', CAA, S.kogao2),
  c('1回の施術で顔の横幅が数センチ縮まる', '顔の横幅が数センチ縮まる', 'general', CAA, S.kogao3),
  // 空間除菌
  c('空間に浮遊するウイルス・菌を除去', '空間に浮遊するウイルス・菌を除去', 'household', CAA, S.cleverin),
  c('首から下げるだけで空間除菌', '首から下げるだけで空間除菌', 'household', CAA_FINE, S.redspice),
  c('菌・ウイルスを99・99%除去', '菌・ウイルスを99・99%除去', 'household', CAA_FINE, S.clo2),
  c('空間の細菌・ウイルスを除去', '空間の細菌・ウイルスを除去', 'household', CAA, S.kowa),
  c('身につけるだけで、空間のウイルスを除去', '空間のウイルスを除去', 'household', '消費者庁 行政指導', S.wearable),
  // 東京都 健康食品試買調査
  c('ウエストがキュッとくびれる!', 'ウエストがキュッとくびれる', 'health_food', TOKYO, S.tokyo2012),
  c('1日17円で腹筋200回分の威力!!', '腹筋200回分の威力', 'health_food', TOKYO, S.tokyo2012),
  c('バストアップ有効成分', 'バストアップ有効成分', 'health_food', TOKYO, S.tokyo2012),
  c('自己防衛力を活性させる', '自己防衛力を活性させる', 'health_food', TOKYO, S.tokyo2012),
  c('基礎代謝をトコトン上昇', '基礎代謝をトコトン上昇', 'health_food', TOKYO, S.tokyo2012),
  c('放射線被爆やがんの予防', 'がんの予防', 'health_food', TOKYO, S.tokyo2012),
  c('糖尿病予防', '糖尿病予防', 'health_food', TOKYO, S.tokyo2012),
  c('関節痛、筋肉痛などの天然消炎・鎮痛薬', '天然消炎・鎮痛薬', 'health_food', TOKYO, S.tokyo2013),
  c('発ガン物質の生成を防ぐ', '発ガン物質の生成を防ぐ', 'health_food', TOKYO, S.tokyo2013),
  c('免疫力を高める', '免疫力を高める', 'health_food', TOKYO, S.tokyo2019),
  c('風邪の予防に', '風邪の予防', 'health_food', TOKYO, S.tokyo2019),
  c('抜け毛や白髪の予防', '抜け毛や白髪の予防', 'health_food', TOKYO, S.tokyo2019),
  c('アレルギー改善', 'アレルギー改善', 'health_food', TOKYO, S.tokyo2019),
  c('免疫細胞を活性化', '免疫細胞を活性化', 'health_food', TOKYO, S.tokyo2020),
  c('期間限定特別価格', '期間限定特別価格', 'health_food', TOKYO, S.tokyo2020),
  c('関節炎を治す', '関節炎を治す', 'health_food', TOKYO, S.tokyo2022),
  c('免疫強化', '免疫強化', 'health_food', TOKYO, S.tokyo2022),
  c('オーガニック100% 安心・安全', 'オーガニック100%', 'health_food', TOKYO, S.tokyo2022),
  c('感染症予防', '感染症予防', 'health_food', TOKYO, S.tokyo2023),
  c('脳を若返らせる', '脳を若返らせる', 'health_food', TOKYO, S.tokyo2023),
  c('胃炎の改善', '胃炎の改善', 'health_food', TOKYO, S.tokyo2023),
  c('口コミ評価第1位', '口コミ評価第1位', 'health_food', TOKYO, S.tokyo2023),
  c('体にとって大切なビタミンやミネラルの合成を助け、消化や血液循環を促す働きがあります', '消化や血液循環を促す', 'health_food', TOKYO, S.tokyo2023),
  c('血流改善', '血流改善', 'health_food', TOKYO, S.tokyo2024),
  c('免疫力アップ', '免疫力アップ', 'health_food', TOKYO, S.tokyo2024),
  c('頭髪の悩みを根本から改善する', '頭髪の悩みを根本から改善する', 'health_food', TOKYO, S.tokyo2024),
  c('化学物質・汚染物質・添加物・ウイルス・細菌などを吸着し体外に排出', '吸着し体外に排出', 'health_food', TOKYO, S.tokyo2024),
  c('動脈硬化の予防', '動脈硬化の予防', 'health_food', TOKYO, S.tokyo2024b),
  c('成人病の予防や治療に有効', '成人病の予防や治療に有効', 'health_food', TOKYO, S.tokyo2010),
  // 46通知 (昭和46年 薬発第476号) examples of drug-like efficacy for foods
  c('糖尿病、高血圧、動脈硬化の人に', '糖尿病、高血圧、動脈硬化の人に', 'health_food', '46通知', S.notice46),
  c('胃・十二指腸潰瘍の予防', '十二指腸潰瘍の予防', 'health_food', '46通知', S.notice46),
  c('肝障害・腎障害をなおす', '腎障害をなおす', 'health_food', '46通知', S.notice46),
  c('ガンがよくなる', 'ガンがよくなる', 'health_food', '46通知', S.notice46),
  c('眼病の人のために', '眼病の人のために', 'health_food', '46通知', S.notice46),
  c('便秘がなおる', '便秘がなおる', 'health_food', '46通知', S.notice46),
  c('疲労回復', '疲労回復', 'health_food', '46通知', S.notice46),
  c('強精強壮', '強精強壮', 'health_food', '46通知', S.notice46),
  c('体力増強', '体力増強', 'health_food', '46通知', S.notice46),
  c('食欲増進', '食欲増進', 'health_food', '46通知', S.notice46),
  c('老化防止', '老化防止', 'health_food', '46通知', S.notice46),
  c('勉学能力を高める', '勉学能力を高める', 'health_food', '46通知', S.notice46),
  c('回春', '回春', 'health_food', '46通知', S.notice46),
  c('若返り', '若返り', 'health_food', '46通知', S.notice46),
  c('精力をつける', '精力をつける', 'health_food', '46通知', S.notice46),
  c('新陳代謝を盛んにする', '新陳代謝を盛んにする', 'health_food', '46通知', S.notice46),
  c('内分泌機能を盛んにする', '内分泌機能を盛んにする', 'health_food', '46通知', S.notice46),
  c('解毒機能を高める', '解毒機能を高める', 'health_food', '46通知', S.notice46),
  c('心臓の働きを高める', '心臓の働きを高める', 'health_food', '46通知', S.notice46),
  c('血液を浄化する', '血液を浄化する', 'health_food', '46通知', S.notice46),
  c('病気に対する自然治癒能力が増す', '自然治癒能力が増す', 'health_food', '46通知', S.notice46),
  c('胃腸の消化吸収を増す', '胃腸の消化吸収を増す', 'health_food', '46通知', S.notice46),
  c('健胃整腸', '健胃整腸', 'health_food', '46通知', S.notice46),
  c('病中・病後に', '病中・病後に', 'health_food', '46通知', S.notice46),
  c('成長促進', '成長促進', 'health_food', '46通知', S.notice46),
  c('不老長寿', '不老長寿', 'health_food', '46通知', S.notice46),
  c('漢方秘法', '漢方秘法', 'health_food', '46通知', S.notice46),
  c('便秘ぎみの方に', '便秘ぎみの方に', 'health_food', '46通知', S.notice46b),
  c('身体がだるく、疲れのとれない方に', '疲れのとれない方に', 'health_food', '46通知', S.notice46b),
  c('副作用はありませんので、安心してお召し上がりいただけます', '副作用はありません', 'health_food', '46通知', S.notice46b),
  c('美肌・美白', '美肌・美白', 'health_food', '46通知', S.notice46b),
  // 健康増進法 guidance (虚偽誇大表示の例) and 留意事項
  c('末期ガンが治る', '末期ガンが治る', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('虫歯にならない', '虫歯にならない', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('生活習慣病予防', '生活習慣病予防', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('骨粗鬆症予防', '骨粗鬆症予防', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('アレルギー症状を緩和する', 'アレルギー症状を緩和する', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('花粉症に効果あり', '花粉症に効果あり', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('インフルエンザの予防に', 'インフルエンザの予防', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('便秘改善', '便秘改善', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('肥満の解消', '肥満の解消', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('免疫機能の向上', '免疫機能の向上', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('疾病に対する自然治癒力を増強します', '自然治癒力を増強します', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('集中力を高める', '集中力を高める', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('脂肪燃焼を促進!', '脂肪燃焼を促進', 'health_food', '健康増進法 ガイドライン', S.kenzo),
  c('医者に行かなくとも動脈硬化を改善', '動脈硬化を改善', 'health_food', '消費者庁 健康食品に関する留意事項', S.ryuijiko),
  c('糖尿病、高血圧が気になる方にもオススメ', '糖尿病、高血圧が気になる方にもオススメ', 'health_food', '消費者庁 健康食品に関する留意事項', S.ryuijiko),
  c('医者に行かなくともがんが治る', 'がんが治る', 'health_food', '消費者庁 健康食品に関する留意事項', S.ryuijiko),
  c('肝機能に有効な○○成分を配合', '肝機能に有効', 'health_food', '消費者庁 健康食品に関する留意事項', S.ryuijiko2),
  c('絶対に痩せられます', '絶対に痩せられます', 'health_food', '消費者庁 健康食品に関する留意事項', S.ryuijiko2),
  // 福島県 注意喚起 (typical wording of false health-food ads)
  c('即効性', '即効性', 'health_food', '福島県 南会津保健福祉事務所', S.fukushima),
  c('最高のダイエット食品', '最高のダイエット食品', 'health_food', '福島県 南会津保健福祉事務所', S.fukushima),
  c('癌が治った', '癌が治った', 'health_food', '福島県 南会津保健福祉事務所', S.fukushima),
  c('奇跡的な治療法', '奇跡的な治療法', 'health_food', '福島県 南会津保健福祉事務所', S.fukushima),
  // Added after a held-out check (12 of 16 caught before any tuning on them; see README): CAA 2023 FFC order and
  // police cases under 医薬品医療機器法 (未承認医薬品の広告)
  c('4週間でマイナス20キロ達成', '4週間でマイナス20キロ達成', 'ffc', CAA, S.allure),
  c('国が痩せると認めたサプリ', '国が痩せると認めたサプリ', 'ffc', CAA, S.allure),
  c('がん細胞を死滅させる', 'がん細胞を死滅させる', 'health_food', '神奈川県警 薬事法違反', S.chitosan),
  c('がんに効く', 'がんに効く', 'health_food', '千葉県警 医薬品医療機器法違反', S.celgen),
  c('東大名誉教授、医師の先生方が30年研究開発', '医師の先生方が30年研究開発', 'health_food', '千葉県警 医薬品医療機器法違反', S.celgen),
  c('がん細胞の増殖を抑制する', 'がん細胞の増殖を抑制する', 'health_food', '警視庁 医薬品医療機器法違反', S.amami),
  c('細胞組織の再生や免疫力の活性化などの効果があり、がんの予防に期待が持てる', '細胞組織の再生', 'health_food', '新潟県警 医薬品医療機器法違反', S.naraFarm),
  c('細胞組織の再生や免疫力の活性化などの効果があり、がんの予防に期待が持てる', '免疫力の活性化', 'health_food', '新潟県警 医薬品医療機器法違反', S.naraFarm),
  c('細胞組織の再生や免疫力の活性化などの効果があり、がんの予防に期待が持てる', 'がんの予防', 'health_food', '新潟県警 医薬品医療機器法違反', S.naraFarm),
  c('不眠、気分安定、スマートドラッグ', '不眠', 'health_food', '医薬品医療機器法違反（2024年7月 逮捕）', S.arrests2024),
  c('肌の若返り', '肌の若返り', 'cosmetic', '医薬品医療機器法違反（2024年2月 逮捕）', S.arrests2024),
  c('大腸がん抑制効果', '大腸がん抑制効果', 'health_food', '福井県警 医薬品医療機器法違反', S.infoBank),
  c('インフルエンザ症状が緩和', 'インフルエンザ症状が緩和', 'health_food', '福井県警 医薬品医療機器法違反', S.infoBank),
  c('胃潰瘍症状を緩和', '胃潰瘍症状を緩和', 'health_food', '福井県警 医薬品医療機器法違反', S.infoBank),
  c('がん細胞が99%消えた', 'がん細胞が99%消えた', 'health_food', '神奈川県警 医薬品医療機器法違反', S.himematsutake),
  // ステマ告示: advertiser-requested posts shown without disclosure
  {
    copy: 'Instagramで注目度上昇中⤴\n品質にこだわりたい方には特許処方の大正製薬『NMN taisho』\nいくつになっても自分らしく、今が最高と思える活き活きとした日々を過ごしていきたいですね!',
    span: '', category: 'health_food', kind: 'creator_script', expect: 'disclosure', authority: '消費者庁 措置命令（ステマ告示）', source: S.taisho,
  },
  {
    copy: '原料から製造まで徹底管理されてる国内製造!! 体に入れるものは安心できるものが良いよね!\n1日目安3粒ずつの個包装になっているので衛生的でとても便利!',
    span: '', category: 'health_food', kind: 'creator_script', expect: 'disclosure', authority: '消費者庁 措置命令（ステマ告示）', source: S.taisho2,
  },
];

const p = (copy: string, category: Category, authority: string, source: string): PermittedCase => ({ copy, category, authority, source });
const COSME = '化粧品の効能の範囲（平成12年 医薬発第1339号, 平成23年改正）';
const QD = '医薬部外品（薬用化粧品）の効能効果の範囲';

/** The 56 cosmetic efficacy items, verbatim (research §L; cftc.jp table). */
export const COSMETIC_56: readonly string[] = [
  '頭皮、毛髪を清浄にする。', '香りにより毛髪、頭皮の不快臭を抑える。', '頭皮、毛髪をすこやかに保つ。', '毛髪にはり、こしを与える。',
  '頭皮、毛髪にうるおいを与える。', '頭皮、毛髪のうるおいを保つ。', '毛髪をしなやかにする。', 'クシどおりをよくする。', '毛髪のつやを保つ。',
  '毛髪につやを与える。', 'フケ、カユミがとれる。', 'フケ、カユミを抑える。', '毛髪の水分、油分を補い保つ。', '裂毛、切毛、枝毛を防ぐ。',
  '髪型を整え、保持する。', '毛髪の帯電を防止する。', '（汚れをおとすことにより）皮膚を清浄にする。', '（洗浄により）ニキビ、アセモを防ぐ（洗顔料）。',
  '肌を整える。', '肌のキメを整える。', '皮膚をすこやかに保つ。', '肌荒れを防ぐ。', '肌をひきしめる。', '皮膚にうるおいを与える。',
  '皮膚の水分、油分を補い保つ。', '皮膚の柔軟性を保つ。', '皮膚を保護する。', '皮膚の乾燥を防ぐ。', '肌を柔らげる。', '肌にはりを与える。',
  '肌にツヤを与える。', '肌を滑らかにする。', 'ひげを剃りやすくする。', 'ひげそり後の肌を整える。', 'あせもを防ぐ（打粉）。', '日やけを防ぐ。',
  '日やけによるシミ、ソバカスを防ぐ。', '芳香を与える。', '爪を保護する。', '爪をすこやかに保つ。', '爪にうるおいを与える。', '口唇の荒れを防ぐ。',
  '口唇のキメを整える。', '口唇にうるおいを与える。', '口唇をすこやかにする。', '口唇を保護する。口唇の乾燥を防ぐ。', '口唇の乾燥によるカサツキを防ぐ。',
  '口唇を滑らかにする。', 'ムシ歯を防ぐ（使用時にブラッシングを行う歯みがき類）。', '歯を白くする（使用時にブラッシングを行う歯みがき類）。',
  '歯垢を除去する（使用時にブラッシングを行う歯みがき類）。', '口中を浄化する（歯みがき類）。', '口臭を防ぐ（歯みがき類）。',
  '歯のやにを取る（使用時にブラッシングを行う歯みがき類）。', '歯石の沈着を防ぐ（使用時にブラッシングを行う歯みがき類）。',
  '乾燥による小ジワを目立たなくする。※効能評価試験済み',
];

export const PERMITTED_CASES: readonly PermittedCase[] = [
  ...COSMETIC_56.map((copy, i) => p(copy, 'cosmetic', COSME, i < 22 ? S.cosme56b : S.cosme56)),
  // Make-up effects and feel-in-use (薬監第123号)
  p('化粧くずれを防ぐ', 'cosmetic', '昭和55年 薬監第123号（メーキャップ効果）', 'https://www.mhlw.go.jp/web/t_doc?dataId=00ta6994&dataType=1&pageNo=1'),
  p('小じわを目立たなく見せる', 'cosmetic', '昭和55年 薬監第123号（メーキャップ効果）', 'https://www.mhlw.go.jp/web/t_doc?dataId=00ta6994&dataType=1&pageNo=1'),
  p('清涼感を与える', 'cosmetic', '昭和55年 薬監第123号（使用感）', 'https://www.mhlw.go.jp/web/t_doc?dataId=00ta6994&dataType=1&pageNo=1'),
  // Quasi-drug (薬用化粧品) efficacy wording
  p('メラニンの生成を抑え、しみ・そばかすを防ぐ', 'quasi_drug', QD, S.quasiDrug3),
  p('肌あれ・あれ性。あせも・しもやけ・ひび・あかぎれ・にきびを防ぐ。油性肌。かみそりまけを防ぐ。', 'quasi_drug', QD, S.quasiDrug),
  p('日やけ・雪やけ後のほてりを防ぐ', 'quasi_drug', QD, S.quasiDrug),
  p('日やけ・雪やけによる肌あれを防ぐ', 'quasi_drug', QD, S.quasiDrug3),
  p('ふけ・かゆみを防ぐ。毛髪・頭皮の汗臭を防ぐ。', 'quasi_drug', QD, S.quasiDrug),
  p('皮膚の洗浄・殺菌・消毒。体臭・汗臭及びにきびを防ぐ。', 'quasi_drug', QD, S.quasiDrug2),
  p('歯を白くする、口中を浄化する、歯周炎の予防、むし歯を防ぐ、口臭の防止、タバコのやにの除去', 'quasi_drug', QD, S.quasiDrug2),
  p('かみそりまけを防ぐ、皮膚を保護し、ひげをそりやすくする', 'quasi_drug', QD, S.quasiDrug),
  // FOSHU permitted uses
  p('お腹の調子を整える食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('血圧が高めの方に適する食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('コレステロールが高めの方に適する食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('血糖値が気になる方に適する食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('ミネラルの吸収を助ける食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('食後の血中の中性脂肪を抑える食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('虫歯の原因になりにくい食品です', 'foshu', '特定保健用食品 許可表示', S.foshu),
  p('本品はおなかの調子を整えます', 'foshu', '健康増進法 ガイドライン（特定の保健の用途）', S.kenzo),
  p('コレステロールの吸収を抑える', 'foshu', '健康増進法 ガイドライン（特定の保健の用途）', S.kenzo),
  // FFC notified statements
  p('GABAは血圧が高めな方に適した機能があることが報告されています。', 'ffc', '機能性表示食品 届出表示', S.ffcGaba),
  p('GABAは事務的作業に伴う一時的なストレスを緩和する機能があることが報告されています。', 'ffc', '機能性表示食品 届出表示', S.ffcGaba),
  p('GABAは睡眠の質（眠りの深さ、すっきりとした目覚め）の改善に役立つ機能があることが報告されています。', 'ffc', '機能性表示食品 届出表示', S.ffcGaba),
  p('食事から摂取した脂肪の吸収を抑えるとともに、糖の吸収を穏やかにし、食後の血糖値の上昇を抑える機能があることが報告されています。さらに、お腹の調子を整える機能もあることが報告されています。', 'ffc', '機能性表示食品 届出表示', S.ffcNotified),
  p('ピント調節力を改善することで、目の疲労感を軽減する機能があることが報告されています。', 'ffc', '機能性表示食品 届出表示', S.ffcBlueberry),
  p('本品は、疾病の診断、治療、予防を目的としたものではありません。', 'ffc', '機能性表示食品 義務表示', S.ffcNotified),
  // FNFC fixed statements (栄養機能表示)
  p('ビタミンDは、腸管でのカルシウムの吸収を促進し、骨の形成を助ける栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  p('ビタミンEは、抗酸化作用により、体内の脂質を酸化から守り、細胞の健康維持を助ける栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  p('ビタミンCは、皮膚や粘膜の健康維持を助けるとともに、抗酸化作用を持つ栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  p('ビタミンB1は、炭水化物からのエネルギー産生と皮膚と粘膜の健康維持を助ける栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  p('葉酸は、赤血球の形成を助けるとともに、胎児の正常な発育に寄与する栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  p('カルシウムは、骨や歯の形成に必要な栄養素です。', 'fnfc', '栄養機能食品 栄養機能表示', S.fnfc),
  // Mandatory cautions foods must print (they name diseases without claiming anything)
  p('本品は、多量摂取により疾病が治癒したり、より健康が増進するものではありません。1日の摂取目安量を守ってください。', 'fnfc', '栄養機能食品 注意喚起表示', S.fnfc),
  p('本品は、特定保健用食品と異なり、消費者庁長官による個別審査を受けたものではありません。', 'ffc', '機能性表示食品 義務表示', S.ffcNotified),
];
