/**
 * Cost of goods per product, for profit ROI and the break-even chip. Lists the products Mitate has seen (any product
 * id can be typed too), shows each one's break-even commission at its page price, saves one row at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatJpy, formatPercent } from '../../lib/format';
import { breakEvenInPlace } from '../../lib/roi';
import type { ProtocolClient } from '../../lib/protocol';
import type { ProductCost, StoredProduct } from '../../lib/store';
import './collab.css';

interface Row { productId: string; name: string | null; priceJpy: number | null; category: string | null; cost: ProductCost | null }

export function CostsEditor({ lang, client, cnyPerJpy }: { lang: Lang; client: ProtocolClient; cnyPerJpy?: number | null }) {
  const [products, setProducts] = useState<StoredProduct[] | null>(null);
  const [costs, setCosts] = useState<ProductCost[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [extraId, setExtraId] = useState('');
  const [extraCost, setExtraCost] = useState('');
  const [extraMessage, setExtraMessage] = useState<string | null>(null);
  const load = async () => {
    const [p, c] = await Promise.all([client.listProducts({}), client.listProductCosts({})]);
    if (!p.ok) return setError(p.error.message);
    if (!c.ok) return setError(c.error.message);
    setProducts(p.data);
    setCosts(c.data);
  };
  useEffect(() => void load(), [client]);

  if (error) return <p class="mt-collab-error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!products) return <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  const byId = new Map<string, Row>();
  for (const p of products) byId.set(p.id, { productId: p.id, name: p.name, priceJpy: p.priceJpy, category: p.category, cost: null });
  for (const c of costs) byId.set(c.productId, { ...(byId.get(c.productId) ?? { productId: c.productId, name: null, priceJpy: null, category: null }), cost: c });
  const rows = [...byId.values()].sort((a, b) => (a.name ?? a.productId).localeCompare(b.name ?? b.productId));

  const save = async (productId: string, text: string): Promise<string | null> => {
    const value = text.trim() === '' ? null : Number(text);
    if (value != null && !(Number.isInteger(value) && value >= 0)) return t(lang, 'csInvalid');
    const result = await client.setProductCost({ productId, costOfGoodsJpy: value, memo: '' });
    if (!result.ok) return t(lang, 'storageError', result.error.message);
    await load();
    return null;
  };
  return (
    <section class="mt-collab mt-costs" aria-label={t(lang, 'csTitle')}>
      <h2>{t(lang, 'csTitle')}</h2>
      <p class="mt-collab-muted">{t(lang, 'csHelp')}</p>
      {rows.length === 0 ? <p class="mt-collab-muted">{t(lang, 'csEmpty')}</p> : (
        <table class="mt-collab-table">
          <thead><tr>
            <th scope="col">{t(lang, 'csProduct')}</th><th scope="col" class="mt-num">{t(lang, 'csPrice')}</th>
            <th scope="col">{t(lang, 'csCost')}</th><th scope="col" class="mt-num">{t(lang, 'csBreakEven')}</th>
          </tr></thead>
          <tbody>{rows.map((row) => <CostRow key={row.productId} lang={lang} row={row} cnyPerJpy={cnyPerJpy} onSave={save} />)}</tbody>
        </table>
      )}
      <form class="mt-collab-form" onSubmit={async (e) => {
        e.preventDefault();
        if (!extraId.trim()) return;
        const message = await save(extraId.trim(), extraCost);
        setExtraMessage(message);
        if (!message) { setExtraId(''); setExtraCost(''); }
      }}>
        <label>{t(lang, 'csAddProduct')}
          <input type="text" maxLength={200} value={extraId} onInput={(e) => setExtraId((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>{t(lang, 'csCost')}
          <input type="number" inputMode="numeric" min="0" step="1" value={extraCost} onInput={(e) => setExtraCost((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t(lang, 'csSave')}</button>
        {extraMessage ? <span role="alert" class="mt-collab-error">{extraMessage}</span> : null}
      </form>
    </section>
  );
}

function CostRow({ lang, row, cnyPerJpy, onSave }: { lang: Lang; row: Row; cnyPerJpy?: number | null; onSave(id: string, text: string): Promise<string | null> }) {
  const [text, setText] = useState(row.cost ? String(row.cost.costOfGoodsJpy) : '');
  const [message, setMessage] = useState<string | null>(null);
  const chip = breakEvenInPlace({ priceJpy: row.priceJpy, costOfGoodsJpy: row.cost?.costOfGoodsJpy ?? null, category: row.category });
  const label = row.name ?? row.productId;
  return (
    <tr data-product={row.productId}>
      <th scope="row">{label}</th>
      <td class="mt-num">{formatJpy(lang, row.priceJpy, cnyPerJpy)}</td>
      <td>
        <form onSubmit={async (e) => { e.preventDefault(); setMessage(await onSave(row.productId, text)); }}>
          <input type="number" inputMode="numeric" min="0" step="1" value={text} aria-label={`${t(lang, 'csCost')}: ${label}`}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="mt-collab-button">{t(lang, 'csSave')}</button>
          {message ? <span role="alert" class="mt-collab-error"> {message}</span> : null}
        </form>
      </td>
      <td class="mt-num">{chip.kind !== 'ok' ? '—' : chip.breakEvenRate == null ? t(lang, 'csLosesAtZero') : formatPercent(lang, chip.breakEvenRate)}</td>
    </tr>
  );
}
