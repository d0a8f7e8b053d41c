/** The selected creator: score breakdown, warnings, videos, commission comparison, ROI and the seller's note. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatJpy } from '../../lib/format';
import { assessForBadge, sellerStatusOf } from '../../lib/scoring';
import { placeRate, pct, type BenchmarkContext } from '../../lib/commission';
import { computeRoi, FORECAST_LABEL } from '../../lib/roi';
import { ForecastSection } from './ForecastSection';
import { orderLineKey, type AffiliateOrder } from '../../lib/model';
import type { NoteChange, ProtocolClient, ResponseData } from '../../lib/protocol';
import type { Note, NotePatch } from '../../lib/store';
import { CreatorScorePanel } from '../scoring/CreatorScorePanel';
import { CommissionChip } from '../commission/CommissionChip';
import { NoteEditor } from '../notes/NoteEditor';
import { Timeline, type NewTimelineEvent } from '../collab/Timeline';

type Bundle = ResponseData<'getCreator'>;

/** `incoming`, unless the desk already holds a newer revision of the note (a save or announcement seen meanwhile). */
function newestNote(incoming: Note | null, held: Note | null): Note | null {
  return held && held.revision > (incoming?.revision ?? 0) ? held : incoming;
}

export interface CreatorDeskProps {
  lang: Lang;
  client: ProtocolClient;
  creatorId: string;
  /** order lines read on this tab (the creator's are added to stored ones) */
  tabOrders: readonly AffiliateOrder[];
  benchmarks: BenchmarkContext | null;
  cnyPerJpy: number | null;
  /** identifies this panel's edits, so two open panels merge field by field */
  editor: string;
  /** bumped when the tab's view changes: newer page data may have arrived */
  version: number;
  /** subscribes to notes saved anywhere (DeskBrowser.onNoteChanged) */
  onNoteChanged?: (fn: (change: NoteChange) => void) => () => void;
}

export function CreatorDesk({ lang, client, creatorId, tabOrders, benchmarks, cnyPerJpy, editor, version, onNoteChanged }: CreatorDeskProps) {
  // kept with the creator it belongs to: a save for the creator shown before must not land in the next one's bundle
  const [shown, setShown] = useState<{ creatorId: string; bundle: Bundle } | null>(null);
  const bundle = shown?.creatorId === creatorId ? shown.bundle : null;
  const setBundle = (of: string, update: (current: Bundle) => Bundle) =>
    setShown((current) => (current && current.creatorId === of ? { creatorId: of, bundle: update(current.bundle) } : current));
  // an answer never replaces a newer note the desk already holds (another window's, told of meanwhile)
  const keepNewest = (note: Note) => setBundle(creatorId, (current) => ({ ...current, note: newestNote(note, current.note) }));
  const [orders, setOrders] = useState<AffiliateOrder[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client.getCreator({ creatorId }), client.listOrders({ creatorId })]).then(([b, o]) => {
      if (!live) return;
      if (!b.ok) return setError(b.error.message);
      setError(null);
      // a reload that started before a newer save (this panel's, or another window's it was told of) keeps that note
      setShown((current) => ({ creatorId, bundle: { ...b.data, note: newestNote(b.data.note, current?.creatorId === creatorId ? current.bundle.note : null) } }));
      setOrders(o.ok ? o.data : []);
    });
    return () => {
      live = false;
    };
  }, [creatorId, version]);
  // This creator's note saved elsewhere (another window's panel): the editor shows the newer note, or, while something
  // typed here waits to be saved, the store merges that with it (NoteEditor), so the windows do not edit apart.
  useEffect(() => onNoteChanged?.((change) => {
    if (change.creatorId !== creatorId || change.editor === editor) return;
    void client.getCreator({ creatorId }).then((b) => {
      const note = b.ok ? b.data.note : null;
      if (note) keepNewest(note);
    });
  }), [creatorId, editor, onNoteChanged]);

  if (error) return <CreatorScorePanel lang={lang} creator={null} assessment={null} state="error" error={error} />;
  if (!bundle) return <CreatorScorePanel lang={lang} creator={null} assessment={null} state="loading" />;
  const creator = bundle.creator;
  if (!creator) return <p class="mt-muted" role="status">{t(lang, 'deskUnknownCreator')}</p>;

  const checks = assessForBadge(creator, { now: Date.now() });
  const benchmark = benchmarks?.benchmarkFor(creator.categories[0] ?? null) ?? null;
  const offers = bundle.collaborations.flatMap((c) => {
    const rate = c.agreedCommissionRate ?? c.plan?.products.find((p) => p.commissionRate != null)?.commissionRate ?? null;
    return rate != null ? [rate] : [];
  });
  const offer = offers.length ? offers[offers.length - 1]! : null;
  const allOrders = dedupeOrders([...orders, ...tabOrders.filter((o) => o.creatorId === creatorId)]);
  const realised = allOrders.length ? computeRoi({ orders: allOrders, costs: bundle.costs, groupBy: 'creator' }).total : null;
  const save = async (patch: NotePatch, baseRevision: number, baseText: string) => {
    // the base text only matters when the text changed: another window's text change is then merged with it
    const result = await client.saveNote({ creatorId, baseRevision, patch, editor, ...(patch.text !== undefined ? { baseText } : {}) });
    if (result.ok) keepNewest(result.data.note);
    return result;
  };
  const addEvent = async (event: NewTimelineEvent): Promise<string | null> => {
    const result = await client.addTimelineEvent({ creatorId, event, editor });
    if (!result.ok) return result.error.message;
    keepNewest(result.data);
    return null;
  };
  return (
    <div class="mt-detail">
      <CreatorScorePanel lang={lang} creator={creator} checks={checks} state="ready"
        sellerStatus={sellerStatusOf({ note: bundle.note, collaborations: bundle.collaborations, creator })} />
      <section aria-label={t(lang, 'cmCreatorRateTitle')}>
        <h3 class="mt-section-title">{t(lang, 'cmCreatorRateTitle')}</h3>
        {creator.medianCommissionRate != null && benchmark ? (
          <p>
            {t(lang, 'cmCreatorUsualRate')}{' '}
            <CommissionChip lang={lang} rate={creator.medianCommissionRate} placement={placeRate(creator.medianCommissionRate, benchmark)} basis={benchmark}
              compareTo={offer != null ? { label: t(lang, 'cmYourOffer'), rate: offer } : undefined} />
            {offer != null ? <span class="mt-muted"> {t(lang, 'cmYourOffer')} {pct(offer)}</span> : null}
          </p>
        ) : <p class="mt-muted">{t(lang, 'unknown')}</p>}
      </section>
      <section aria-label={t(lang, 'tabRoi')}>
        <h3 class="mt-section-title">{realised ? realised.roi.label[lang] : FORECAST_LABEL[lang]}</h3>
        {realised ? (
          <p>GMV {formatJpy(lang, realised.gmvInclTaxJpy, cnyPerJpy)} · {t(lang, 'roiColCommission')} {formatJpy(lang, realised.commissionJpy, cnyPerJpy)} · ROI {realised.roi.value != null ? realised.roi.value.toFixed(1) : realised.roi.reason?.[lang]}</p>
        ) : (
          <ForecastSection key={creatorId} lang={lang} gpmJpy={creator.gpmJpy ?? null} medianViews={creator.medianViews ?? null}
            commissionRate={offer ?? creator.medianCommissionRate ?? benchmark?.mid ?? null} category={creator.categories[0] ?? null} cnyPerJpy={cnyPerJpy} />
        )}
      </section>
      <NoteEditor key={creatorId} lang={lang} note={bundle.note} state="ready" onSave={save} />
      <Timeline lang={lang} note={bundle.note} cnyPerJpy={cnyPerJpy} onAdd={addEvent} />
    </div>
  );
}

function dedupeOrders<T extends { orderId: string; skuId: string | null }>(orders: T[]): T[] {
  return [...new Map(orders.map((order) => [orderLineKey(order), order])).values()];
}
