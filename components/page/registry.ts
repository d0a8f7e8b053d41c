/**
 * On-page features, one file each (components/page/features/*), run by one loader. Each feature declares its id and
 * the page kinds it runs on; the loader runs every feature in its own error boundary: one that throws is stopped and
 * reported to the background (Diagnostics in the dashboard), and the others keep running.
 */
import type { PageKind } from '../../lib/seller-center/endpoints';
import type { InlineHosts } from './inline-host';

export interface PageFeatureContext {
  pageKind: PageKind;
  url: string;
  hosts: InlineHosts;
  /** false once the extension was reloaded or the tab left: stop touching the page */
  isValid(): boolean;
  /** asks for another update soon (e.g. rows scrolled into view); delay in ms, default a short debounce */
  requestUpdate(delay?: number): void;
  /** goes up each time the background says fresher views are ready (or settings changed): views older are asked again */
  freshness?: number;
  /** goes up each time the page itself changed (DOM, input, size, URL); unset: assume it changed */
  pageVersion?: number;
  /** the browser has rendered a frame since the page last changed: reading style costs nothing now */
  pageStyled?: boolean;
}

export interface PageFeature {
  id: string;
  pages: readonly PageKind[];
  /** Brings the feature's marks on the page up to date; called after the page settles and on refresh. */
  update(context: PageFeatureContext): void | Promise<void>;
}

export function definePageFeature(feature: PageFeature): PageFeature {
  return feature;
}

export function createFeatureRunner(features: readonly PageFeature[], report: (featureId: string, message: string) => void) {
  /** features stopped, with the page (URL) they failed on: in-app navigation to another page gives them another try */
  const stoppedOn = new Map<string, string>();
  return {
    /** ids of the features stopped on the page they failed on */
    stopped: (): string[] => [...stoppedOn.keys()],
    async run(context: PageFeatureContext): Promise<void> {
      const due = features.filter((f) => stoppedOn.get(f.id) !== context.url && f.pages.includes(context.pageKind));
      await Promise.allSettled(due.map(async (feature) => {
        try {
          await feature.update(context);
          stoppedOn.delete(feature.id);
        } catch (error) {
          stoppedOn.set(feature.id, context.url);
          report(feature.id, String((error as Error)?.message ?? error).slice(0, 500));
        }
      }));
    },
  };
}
