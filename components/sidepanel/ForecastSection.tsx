/**
 * Forecast for a creator the seller has not worked with yet: GPM × the views the seller expects per video × videos.
 * The expected views start at the creator's median views (when known) and the seller can type their own figure.
 */
import { useId, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatJpy, formatCount } from '../../lib/format';
import { forecastRoi } from '../../lib/roi';

export interface ForecastSectionProps {
  lang: Lang;
  gpmJpy: number | null;
  /** the creator's median views per video, the starting guess */
  medianViews: number | null;
  commissionRate: number | null;
  category: string | null;
  cnyPerJpy: number | null;
}

/** Views and videos are whole numbers; a typo such as 1e12 views is refused rather than forecast. */
export const MAX_EXPECTED_VIEWS = 1_000_000_000;
export const MAX_VIDEOS = 100;

/** Reads a typed whole number (commas, full-width digits and spaces allowed); null = empty, NaN = not a valid figure. */
export function parseWholeNumber(text: string, max: number): number | null {
  const cleaned = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  if (!/^\d+$/.test(cleaned)) return Number.NaN;
  const n = Number(cleaned);
  return n >= 1 && n <= max ? n : Number.NaN;
}

export function ForecastSection({ lang, gpmJpy, medianViews, commissionRate, category, cnyPerJpy }: ForecastSectionProps) {
  const id = useId();
  const [viewsText, setViewsText] = useState(medianViews != null && medianViews > 0 ? String(Math.round(medianViews)) : '');
  const [videosText, setVideosText] = useState('1');
  const views = parseWholeNumber(viewsText, MAX_EXPECTED_VIEWS);
  const videos = parseWholeNumber(videosText, MAX_VIDEOS);
  const viewsInvalid = views != null && Number.isNaN(views);
  const videosInvalid = videos == null || Number.isNaN(videos);
  const forecast = viewsInvalid || videosInvalid ? null : forecastRoi({ gpmJpy, expectedViews: views, commissionRate, videos, category });
  const yen = (n: number) => formatJpy(lang, n, cnyPerJpy);
  return (
    <div class="mt-forecast">
      <div class="mt-forecast__inputs">
        <label class="mt-forecast__field" for={`${id}-views`}>
          {t(lang, 'fcExpectedViews')}
          <input id={`${id}-views`} name="expectedViews" type="text" inputMode="numeric" autoComplete="off" value={viewsText}
            aria-invalid={viewsInvalid ? 'true' : undefined} aria-describedby={`${id}-views-hint`}
            onInput={(e) => setViewsText((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="mt-forecast__field mt-forecast__field--small" for={`${id}-videos`}>
          {t(lang, 'fcVideos')}
          <input id={`${id}-videos`} name="videos" type="text" inputMode="numeric" autoComplete="off" value={videosText}
            aria-invalid={videosInvalid ? 'true' : undefined}
            onInput={(e) => setVideosText((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      <p class={viewsInvalid ? 'mt-error' : 'mt-muted'} id={`${id}-views-hint`}>
        {viewsInvalid
          ? t(lang, 'fcViewsInvalid', formatCount(lang, MAX_EXPECTED_VIEWS))
          : medianViews != null ? t(lang, 'fcViewsHint', formatCount(lang, Math.round(medianViews))) : t(lang, 'fcViewsHintUnknown')}
      </p>
      {videosInvalid && <p class="mt-error" role="alert">{t(lang, 'fcVideosInvalid', MAX_VIDEOS)}</p>}
      {forecast?.ok ? (
        <p data-testid="forecast-result">
          GMV {yen(forecast.gmvInclTaxJpy)} · {t(lang, 'roiColCommission')} {yen(forecast.commissionJpy)} · ROI {forecast.roi.value != null ? forecast.roi.value.toFixed(1) : forecast.roi.reason?.[lang]}
        </p>
      ) : forecast ? (
        <p class="mt-muted" data-testid="forecast-problems">{forecast.problems.map((p) => p[lang]).join(' · ')}</p>
      ) : null}
    </div>
  );
}
