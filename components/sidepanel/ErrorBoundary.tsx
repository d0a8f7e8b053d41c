import { Component, type ComponentChildren } from 'preact';
import { t, type Lang } from '../../lib/i18n';

interface Props {
  lang: Lang;
  /** feature id, for the diagnostics view */
  feature: string;
  /** shown in the message, in the seller's language */
  name: string;
  onError?: (feature: string, message: string) => void;
  children: ComponentChildren;
}

/** One side-panel feature that throws shows a short notice and is reported; the rest of the panel keeps working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    this.props.onError?.(this.props.feature, String((error as Error)?.message ?? error).slice(0, 500));
  }

  override render() {
    if (this.state.failed) return <p class="mt-error" role="alert">{t(this.props.lang, 'deskFeatureFailed', this.props.name)}</p>;
    return this.props.children;
  }
}
