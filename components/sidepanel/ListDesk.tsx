/** A list page (Find creators, samples, plans): the creators read on this tab, worst verdicts first; click to open. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatCount } from '../../lib/format';
import { assessForBadge, type Verdict } from '../../lib/scoring';
import { VERDICT_KEY, tierLabel } from '../../lib/scoring/labels';
import type { ProtocolClient } from '../../lib/protocol';
import type { StoredCreator } from '../../lib/store';

const VERDICT_ORDER: Record<Verdict, number> = { likely_fake: 0, suspicious: 1, insufficient_data: 2, healthy: 3 };

export function ListDesk({ lang, client, creatorIds, onOpen, version }: {
  lang: Lang; client: ProtocolClient; creatorIds: readonly string[]; onOpen(creatorId: string): void; version: number;
}) {
  const [creators, setCreators] = useState<StoredCreator[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!creatorIds.length) return setCreators([]);
    void client.getCreators({ creatorIds: creatorIds.slice(0, 500) }).then((r) => (r.ok ? setCreators(r.data) : setError(r.error.message)));
  }, [creatorIds.join(','), version]);
  if (error) return <p class="mt-error" role="alert">{t(lang, 'errorPrefix', error)}</p>;
  if (!creators) return <p class="mt-muted" role="status">{t(lang, 'loading')}</p>;
  if (!creators.length) return <p class="mt-muted">{t(lang, 'deskListEmpty')}</p>;
  const now = Date.now();
  const rows = creators.map((c) => ({ creator: c, assessment: assessForBadge(c, { now }).assessment }))
    .sort((a, b) => VERDICT_ORDER[a.assessment.verdict] - VERDICT_ORDER[b.assessment.verdict] || (a.assessment.score ?? 0) - (b.assessment.score ?? 0));
  return (
    <section aria-label={t(lang, 'deskListHeading', creators.length)}>
      <h2 class="mt-section-title">{t(lang, 'deskListHeading', formatCount(lang, creators.length))}</h2>
      <ul class="mt-desk-list">
        {rows.map(({ creator, assessment }) => (
          <li key={creator.id}>
            <button type="button" class="mt-desk-row" data-creator={creator.id} onClick={() => onOpen(creator.id)}
              aria-label={t(lang, 'deskOpenCreator', creator.handle ?? creator.id)}>
              <span class={`mt-scoring-dot mt-scoring-dot--${assessment.verdict}`} aria-hidden="true" />
              <span class="mt-desk-row__score">{assessment.score == null ? '—' : formatCount(lang, assessment.score)}</span>
              <span class="mt-desk-row__handle">@{creator.handle ?? creator.id}</span>
              <span class="mt-muted">{t(lang, VERDICT_KEY[assessment.verdict])} · {tierLabel(lang, assessment)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
