import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import {
  applySaferVersion, CATEGORIES, checkCopy, RULESET_VERSION, type Category, type Finding, type Kind, type Severity,
} from '../../lib/compliance';
import { checkJapanese, toJapaneseForm, type JapaneseIssue } from '../../lib/compliance/japanese';
import { checkListingRules } from '../../lib/compliance/listing';
import './compliance.css';

/** Wait after the last keystroke before re-checking (brief: ~150 ms; checking itself takes ~1–2 ms). */
export const CHECK_DEBOUNCE_MS = 150;
/** How long the "copied" confirmation stays. */
export const COPIED_NOTICE_MS = 2000;

export interface CopyCheckerProps {
  lang: Lang;
  category: Category;
  onCategoryChange(c: Category): void;
  initialText?: string;
  initialTitle?: string;
  kind?: Kind;
}

const JA_KIND_KEY: Record<JapaneseIssue['kind'], MessageKey> = {
  glyph: 'ccJaGlyph', punctuation: 'ccJaPunctuation', word: 'ccJaWord', not_japanese: 'ccJaNotJapanese',
};

/** One field's Japanese-usage issues: "产 → 産", with a button that applies every fix to the field. */
function JapaneseIssues({ lang, issues, onApply }: { lang: Lang; issues: readonly JapaneseIssue[]; onApply(): void }) {
  if (issues.length === 0) return null;
  const fixable = issues.some((i) => i.kind !== 'not_japanese');
  return (
    <div class="mt-compliance-ja">
      <ul class="mt-compliance-ja-list">
        {issues.map((i) => (
          <li key={`${i.kind}-${i.start}`} class="mt-compliance-ja-item">
            <span class="mt-compliance-ja-kind">{t(lang, JA_KIND_KEY[i.kind]!)}</span>{' '}
            {i.kind === 'not_japanese' ? t(lang, 'ccJaRewrite') : <><q>{i.matched}</q> → <q>{i.suggestion}</q></>}
          </li>
        ))}
      </ul>
      {fixable && <button type="button" class="mt-compliance-link mt-compliance-ja-apply" onClick={onApply}>{t(lang, 'ccJaApply')}</button>}
    </div>
  );
}

/** A field's findings as list items (shared by the title and the description/script). */
function FindingItems({ lang, findings, onSelect }: { lang: Lang; findings: readonly Finding[]; onSelect?(f: Finding): void }) {
  return (
    <>
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.start}-${i}`} class={`mt-compliance-finding mt-compliance-finding--${f.severity}`}>
          <div class="mt-compliance-finding-head">
            <span class={`mt-compliance-badge mt-compliance-badge--${f.severity}`}>{t(lang, SEVERITY_KEY[f.severity]!)}</span>
            <q class="mt-compliance-matched">{f.matched === '' ? t(lang, 'ccStartOfScript') : f.matched}</q>
            {onSelect && f.end > f.start && (
              <button type="button" class="mt-compliance-link" onClick={() => onSelect(f)}>{t(lang, 'ccShowInText')}</button>
            )}
          </div>
          <p class="mt-compliance-why"><strong>{t(lang, 'ccWhy')}：</strong>{f.explanation[lang]}</p>
          {f.alternatives.length > 0 && (
            <p class="mt-compliance-instead"><strong>{t(lang, 'ccInstead')}：</strong>{f.alternatives.join(' / ')}</p>
          )}
          <p class="mt-compliance-law"><strong>{t(lang, 'ccLaw')}：</strong>{f.law[lang]} · {f.ruleId}</p>
          {f.evasion && <p class="mt-compliance-evasion">{t(lang, 'ccEvasion')}</p>}
        </li>
      ))}
    </>
  );
}

const SEVERITY_KEY: Record<Severity, MessageKey> = { high: 'ccSevHigh', medium: 'ccSevMedium', low: 'ccSevLow', info: 'ccSevInfo' };
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

export interface HighlightSegment {
  text: string;
  start: number;
  severity: Severity | null;
}

/** Splits `text` at every finding boundary; each piece carries the worst severity covering it (exported for tests). */
export function buildSegments(text: string, findings: readonly Finding[]): HighlightSegment[] {
  const spans = findings.filter((f) => f.end > f.start && f.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let severity: Severity | null = null;
    for (const f of spans) {
      if (f.start <= a && b <= f.end && (severity === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity])) severity = f.severity;
    }
    const prev = out[out.length - 1];
    if (prev && prev.severity === severity) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), start: a, severity });
  }
  return out;
}

export function CopyChecker({ lang, category, onCategoryChange, initialText = '', initialTitle = '', kind: initialKind = 'listing' }: CopyCheckerProps) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [checkedText, setCheckedText] = useState(initialText);
  const [title, setTitle] = useState(initialTitle);
  const [checkedTitle, setCheckedTitle] = useState(initialTitle);
  const [kind, setKind] = useState<Kind>(initialKind);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (text === checkedText && title === checkedTitle) return;
    const timer = setTimeout(() => {
      setCheckedText(text);
      setCheckedTitle(title);
    }, CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, checkedText, title, checkedTitle]);

  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = setTimeout(() => setCopyState('idle'), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copyState]);

  const isListing = kind === 'listing';
  const result = useMemo(() => checkCopy(checkedText, { category, kind }), [checkedText, category, kind]);
  // The title is listing copy too; checked with the same rules, plus the listing rules below.
  const titleResult = useMemo(
    () => (isListing ? checkCopy(checkedTitle, { category, kind: 'listing' }) : null),
    [checkedTitle, category, isListing],
  );
  const titleJa = useMemo(() => (isListing ? checkJapanese(checkedTitle, true) : []), [checkedTitle, isListing]);
  const textJa = useMemo(() => checkJapanese(checkedText, false), [checkedText]);
  const listingRules = useMemo(() => (isListing ? checkListingRules(checkedTitle, checkedText) : []), [checkedTitle, checkedText, isListing]);
  const segments = useMemo(() => buildSegments(checkedText, result.findings), [checkedText, result]);
  const hasText = checkedText.trim().length > 0;
  const hasTitle = isListing && checkedTitle.trim().length > 0;
  const titleFindings = titleResult?.findings ?? [];
  const fixable = result.findings.some((f) => f.alternatives.length > 0);

  const copySafer = async () => {
    // Check the current text, not the debounced one, so a fast click never copies stale offsets.
    const fresh = checkCopy(text, { category, kind });
    const safer = applySaferVersion(text, fresh.findings);
    try {
      await navigator.clipboard.writeText(safer);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const selectInText = (f: Finding) => {
    const el = textareaRef.current;
    if (!el || text !== checkedText) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  const high = result.counts.high + (titleResult?.counts.high ?? 0);
  const medium = result.counts.medium + (titleResult?.counts.medium ?? 0);
  const low = result.counts.low + (titleResult?.counts.low ?? 0);
  const info = result.counts.info + (titleResult?.counts.info ?? 0);
  const anyInput = hasText || hasTitle;
  const noIssues = result.findings.length === 0 && titleFindings.length === 0;

  return (
    <section class="mt-compliance" aria-labelledby={`${id}-title`}>
      <h2 class="mt-compliance-title" id={`${id}-title`}>{t(lang, 'ccTitle')}</h2>
      <div class="mt-compliance-controls">
        <label class="mt-compliance-field">
          <span>{t(lang, 'ccCategory')}</span>
          <select value={category} onChange={(e) => onCategoryChange((e.currentTarget as HTMLSelectElement).value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>{c.label[lang]}</option>
            ))}
          </select>
        </label>
        <fieldset class="mt-compliance-kind">
          <legend>{t(lang, 'ccKind')}</legend>
          {(['listing', 'creator_script'] as const).map((k) => (
            <label key={k} class="mt-compliance-kind-option">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(lang, k === 'listing' ? 'ccKindListing' : 'ccKindScript')}
            </label>
          ))}
        </fieldset>
      </div>

      {isListing && (
        <>
          <label class="mt-compliance-field mt-compliance-field--block" for={`${id}-title`}>{t(lang, 'ccTitleLabel')}</label>
          <input
            id={`${id}-title`}
            type="text"
            class="mt-compliance-title-input"
            value={title}
            placeholder={t(lang, 'ccTitlePlaceholder')}
            onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          />
        </>
      )}
      <label class="mt-compliance-field mt-compliance-field--block" for={`${id}-text`}>
        {t(lang, isListing ? 'ccDescriptionLabel' : 'ccScriptLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={textareaRef}
        class="mt-compliance-textarea"
        rows={4}
        value={text}
        placeholder={t(lang, 'ccPlaceholder')}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />

      <div class="mt-compliance-summary">
        <span class="mt-compliance-counts" role="status" aria-live="polite">
          {anyInput ? t(lang, 'ccCounts', high, medium, low, info) : ''}
        </span>
        <button type="button" class="mt-compliance-copy" disabled={!fixable} onClick={() => void copySafer()}>
          {t(lang, 'ccCopySafer')}
        </button>
        <span class="mt-compliance-copy-state" aria-live="polite">
          {copyState === 'copied' ? t(lang, 'ccCopied') : copyState === 'failed' ? t(lang, 'ccCopyFailed') : ''}
        </span>
      </div>

      {!anyInput && <p class="mt-compliance-hint">{t(lang, 'ccHintEmpty')}</p>}
      {anyInput && noIssues && <p class="mt-compliance-ok">{t(lang, 'ccNoIssues')}</p>}

      {/* Results scroll on their own, so the fields above stay in view in a 400 px popup. */}
      {anyInput && (
        // A scrollable region must be reachable by keyboard (axe scrollable-region-focusable).
        <div class="mt-compliance-results" tabIndex={0} role="region" aria-label={t(lang, 'ccResults')}>
          {hasTitle && (titleFindings.length > 0 || titleJa.length > 0) && (
            <section class="mt-compliance-field-results mt-compliance-field-results--title">
              <h3 class="mt-compliance-subtitle">{t(lang, 'ccTitleFindings')}</h3>
              {titleFindings.length > 0 && (
                <ul class="mt-compliance-findings"><FindingItems lang={lang} findings={titleFindings} /></ul>
              )}
              <JapaneseIssues lang={lang} issues={titleJa} onApply={() => setTitle(toJapaneseForm(title, checkJapanese(title, true)))} />
            </section>
          )}
          {hasText && result.findings.length > 0 && (
            <>
              <h3 class="mt-compliance-subtitle">{t(lang, 'ccPreview')}</h3>
              <p class="mt-compliance-preview">
                {segments.map((seg) =>
                  seg.severity ? (
                    <mark key={seg.start} class={`mt-compliance-mark mt-compliance-mark--${seg.severity}`} title={t(lang, SEVERITY_KEY[seg.severity]!)}>
                      {seg.text}
                    </mark>
                  ) : (
                    seg.text
                  ),
                )}
              </p>
              <h3 class="mt-compliance-subtitle">{t(lang, 'ccFindings')}</h3>
              <ul class="mt-compliance-findings"><FindingItems lang={lang} findings={result.findings} onSelect={selectInText} /></ul>
            </>
          )}
          {hasText && textJa.length > 0 && (
            <section class="mt-compliance-field-results">
              <h3 class="mt-compliance-subtitle">{t(lang, 'ccJapaneseTitle')}</h3>
              <JapaneseIssues lang={lang} issues={textJa} onApply={() => setText(toJapaneseForm(text, checkJapanese(text, false)))} />
            </section>
          )}
          {isListing && (
            <section class="mt-compliance-rules">
              <h3 class="mt-compliance-subtitle">{t(lang, 'ccListingRules')}</h3>
              <ul class="mt-compliance-rules-list">
                {listingRules.map((r) => (
                  <li key={r.id} class={`mt-compliance-rule mt-compliance-rule--${r.ok ? 'ok' : 'fail'}`}>
                    <span class="mt-compliance-rule-mark" aria-hidden="true">{r.ok ? '✓' : '✗'}</span>{' '}
                    <span class="mt-compliance-rule-label">{r.label[lang]}</span>
                    {!r.ok && <> <q class="mt-compliance-rule-evidence">{r.evidence}</q></>}
                    <span class="mt-compliance-rule-source">
                      {' · '}
                      <a href={r.source} target="_blank" rel="noopener noreferrer">{t(lang, 'ccSource')}</a>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
      <p class="mt-compliance-footnote">{t(lang, 'ccNotLegal', RULESET_VERSION)}</p>
    </section>
  );
}
