import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { ForecastSection, parseWholeNumber, MAX_EXPECTED_VIEWS } from '../../components/sidepanel/ForecastSection';
import { forecastRoi } from '../../lib/roi';
import { formatCount, formatJpy } from '../../lib/format';
import { LANGS, t } from '../../lib/i18n';
import { mount } from '../helpers/mount';

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const props = { gpmJpy: 2_000, medianViews: 15_000, commissionRate: 0.15, category: 'Beauty & Personal Care', cnyPerJpy: null };

describe('forecast: the seller enters the views they expect', () => {
  it('parses typed whole numbers and refuses the rest', () => {
    expect(parseWholeNumber('12,000', MAX_EXPECTED_VIEWS)).toBe(12_000);
    expect(parseWholeNumber('１２０００', MAX_EXPECTED_VIEWS)).toBe(12_000);
    expect(parseWholeNumber(' ', MAX_EXPECTED_VIEWS)).toBeNull();
    for (const bad of ['1.5', '-3', '0', 'abc', '1e6', String(MAX_EXPECTED_VIEWS + 1)]) expect(parseWholeNumber(bad, MAX_EXPECTED_VIEWS), bad).toBeNaN();
  });

  it('starts from the median views, recomputes on input, and explains an invalid figure in every language', () => {
    for (const lang of LANGS) {
      const el = mount(<ForecastSection lang={lang} {...props} />);
      const views = el.querySelector<HTMLInputElement>('input[name="expectedViews"]')!;
      const videos = el.querySelector<HTMLInputElement>('input[name="videos"]')!;
      expect(el.textContent).toContain(t(lang, 'fcExpectedViews'));
      expect(views.value).toBe('15000');
      const expected = (v: number, n: number) => {
        const f = forecastRoi({ gpmJpy: props.gpmJpy, expectedViews: v, commissionRate: props.commissionRate, videos: n, category: props.category });
        if (!f.ok) throw new Error('forecast failed');
        return `GMV ${formatJpy(lang, f.gmvInclTaxJpy)}`;
      };
      expect(el.querySelector('[data-testid="forecast-result"]')!.textContent).toContain(expected(15_000, 1));
      type(views, '40,000');
      type(videos, '3');
      expect(el.querySelector('[data-testid="forecast-result"]')!.textContent).toContain(expected(40_000, 3));
      type(views, '4万');
      expect(views.getAttribute('aria-invalid')).toBe('true');
      expect(el.querySelector('[data-testid="forecast-result"]')).toBeNull();
      expect(el.querySelector('.mt-error')!.textContent).toBe(t(lang, 'fcViewsInvalid', formatCount(lang, MAX_EXPECTED_VIEWS)));
    }
  });

  it('without known median views the box starts empty and asks for a figure', () => {
    const el = mount(<ForecastSection lang="ja" {...props} medianViews={null} />);
    expect(el.querySelector<HTMLInputElement>('input[name="expectedViews"]')!.value).toBe('');
    expect(el.textContent).toContain(t('ja', 'fcViewsHintUnknown'));
    expect(el.querySelector('[data-testid="forecast-problems"]')!.textContent).toContain('想定再生数を入力してください');
  });
});
