import { describe, expect, it } from 'vitest';
import { findCommissionFigures, readCreatorCards, readCreatorDetail } from '../../lib/seller-center';
import { isInEditable } from '../../lib/seller-center/dom';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

const AVATAR = '<span class="m4b-avatar-image"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></span>';

describe('readCreatorCards', () => {
  it('reads Arco table rows with the handle span (Japanese labels)', () => {
    const el = root(`
      <div class="arco-table">
        <div class="arco-table-header"><table><thead><tr><th>クリエイター</th><th>フォロワー</th><th>GMV</th></tr></thead></table></div>
        <div class="arco-table-body"><table><tbody>
          <tr class="arco-table-tr cursor-pointer"><td>${AVATAR}<div><span data-e2e="fbc99397-6043-1b37">sakura_beauty_jp</span><span>さくら美容ちゃんねる</span></div></td><td><span>4.8万</span></td><td>152.3万円</td></tr>
          <tr class="arco-table-tr cursor-pointer"><td>${AVATAR}<div><span data-e2e="fbc99397-6043-1b37">tokyo_kitchen_mama</span><span>東京キッチンママ</span></div></td><td>12.5万</td><td>259.1万円</td></tr>
          <tr class="arco-table-empty-row"><td>データなし</td></tr>
        </tbody></table></div>
      </div>`);
    const cards = readCreatorCards(el);
    expect(cards.map((c) => [c.handle, c.nickname, c.followersText])).toEqual([
      ['sakura_beauty_jp', 'さくら美容ちゃんねる', '4.8万'],
      ['tokyo_kitchen_mama', '東京キッチンママ', '12.5万'],
    ]);
    expect(cards[0]!.element.tagName).toBe('TR');
  });

  it('falls back to table rows when the hashed data-e2e changed (Chinese UI)', () => {
    const el = root(`
      <div class="arco-table-body"><table><tbody>
        <tr><td>${AVATAR}<b>@mika_coordinate</b><span>米卡的穿搭</span></td><td>21.1w</td></tr>
        <tr><td>${AVATAR}<b>@hana_skincare</b><span>花的护肤</span></td><td>2,300</td></tr>
      </tbody></table></div>`);
    const cards = readCreatorCards(el);
    expect(cards.map((c) => [c.handle, c.nickname, c.followersText])).toEqual([
      ['mika_coordinate', '米卡的穿搭', '21.1w'],
      ['hana_skincare', '花的护肤', '2,300'],
    ]);
  });

  it('finds cards in a grid by avatar + handle text, innermost first', () => {
    const el = root(`
      <div class="grid">
        <div class="card">${AVATAR}<p>@kurashi_note</p><p>暮らしノート</p><p>6.4万</p><button>招待</button></div>
        <div class="card">${AVATAR}<p>@riko_makeup</p><p>りこメイク</p><p>9.8万</p><button>招待</button></div>
      </div>`);
    const cards = readCreatorCards(el);
    expect(cards.map((c) => c.handle)).toEqual(['kurashi_note', 'riko_makeup']);
    expect(cards.every((c) => c.element.className === 'card')).toBe(true);
    expect(cards[1]!.followersText).toBe('9.8万');
  });

  it('returns nothing on a page without creators', () => {
    expect(readCreatorCards(root('<main><h1>ホーム</h1><p>ようこそ</p></main>'))).toEqual([]);
  });

  it('keeps hostile handle text as text', () => {
    const el = root(`<div class="arco-table-body"><table><tbody><tr><td>${AVATAR}<span data-e2e="fbc99397-6043-1b37">xss_probe_jp</span><span>&lt;img src=x onerror=alert(1)&gt;</span></td></tr></tbody></table></div>`);
    expect(readCreatorCards(el)[0]!.nickname).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('readCreatorDetail', () => {
  it('finds the detail root and handle', () => {
    const el = root(`<div id="content-container"><div id="creator-detail-profile-container"><div data-e2e="1d25e140-5f50-b605">${AVATAR}<h2>さくら美容ちゃんねる</h2><span>@sakura_beauty_jp</span></div></div></div>`);
    const detail = readCreatorDetail(el);
    expect(detail!.element.id).toBe('creator-detail-profile-container');
    expect(detail!.handle).toBe('sakura_beauty_jp');
  });
  it('falls back to the profile block parent', () => {
    const el = root('<section class="wrap"><div data-e2e="f1003596-3f9a-0aeb"><span>@tokyo_kitchen_mama</span></div></section>');
    const detail = readCreatorDetail(el);
    expect(detail!.element.className).toBe('wrap');
    expect(detail!.handle).toBe('tokyo_kitchen_mama');
  });
  it('null elsewhere', () => {
    expect(readCreatorDetail(root('<div>一覧</div>'))).toBeNull();
  });
});

describe('findCommissionFigures', () => {
  it('finds % figures in a commission column only, not in the engagement column', () => {
    const el = root(`
      <div class="arco-table"><table>
        <thead><tr><th>商品</th><th>エンゲージメント率</th><th>コミッション率</th></tr></thead>
        <tbody>
          <tr><td>アミノ酸シャンプー</td><td>5%</td><td><span>15%</span></td></tr>
          <tr><td>美容液</td><td>3.2%</td><td><span>１２％</span></td></tr>
        </tbody>
      </table></div>`);
    const figures = findCommissionFigures(el);
    expect(figures.map((f) => [f.element.textContent, f.rate])).toEqual([['15%', 0.15], ['１２％', 0.12]]);
  });
  it('finds Chinese-labelled columns and form inputs holding percentages', () => {
    const el = root(`
      <table><thead><tr><th>商品</th><th>佣金率</th></tr></thead><tbody><tr><td>A</td><td>15.00%</td></tr></tbody></table>
      <form>
        <div class="arco-form-item"><label>標準コミッション率</label><span class="arco-input-group"><input type="text" value="20"><span class="arco-input-group-suffix">%</span></span></div>
        <div class="arco-form-item"><label>数量</label><input type="number" value="20"></div>
        <div class="arco-form-item"><label>Commission rate</label><input type="text" value="9.5%"></div>
        <div class="arco-form-item"><label>コミッション率</label><input type="checkbox" value="10%"></div>
      </form>`);
    const figures = findCommissionFigures(el);
    expect(figures.map((f) => [f.element.tagName, f.rate])).toEqual([['TD', 0.15], ['INPUT', 0.2], ['INPUT', 0.095]]);
  });
  it('reads the live input value, not only the attribute', () => {
    const el = root('<div class="arco-form-item"><label>手数料率</label><input type="text" value="10%"></div>');
    (el.querySelector('input') as HTMLInputElement).value = '18%';
    expect(findCommissionFigures(el).map((f) => f.rate)).toEqual([0.18]);
  });
  it('ignores percentages without a commission label nearby', () => {
    expect(findCommissionFigures(root('<div><p>女性 79%</p><p>79%</p></div>'))).toEqual([]);
  });
});

describe('nothing of Mitate inside what the seller types', () => {
  it('finds no commission figure in a rich-text editor or a textarea, only the page\'s own text', () => {
    const el = root(`
      <div class="arco-form-item"><label>コミッション率</label><span>12%</span></div>
      <div class="arco-form-item"><label>コミッションについてのメッセージ</label><div contenteditable="true"><p>15%でいかがでしょうか</p><p><b>20%</b></p></div></div>
      <div class="arco-form-item"><label>コミッション メモ</label><textarea>25%</textarea></div>`);
    document.body.append(el);
    expect(findCommissionFigures(el).map((f) => f.rate)).toEqual([0.12]);
    expect(isInEditable(el.querySelector('b')!)).toBe(true);
    expect(isInEditable(el.querySelector('span')!)).toBe(false);
    el.remove();
  });
});
