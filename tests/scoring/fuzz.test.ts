import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessCreator } from '../../lib/scoring';
import { DAY, NOW } from './generator';

const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const count = maybe(fc.oneof(fc.nat(10_000_000), fc.double({ noNaN: false }), fc.constant(-1)));
const video = fc.record({
  postedAt: maybe(fc.integer({ min: NOW - 400 * DAY, max: NOW + DAY })),
  views: count,
  likes: count,
  comments: count,
  shares: count,
});

describe('assessCreator never throws and stays in range', () => {
  it('on arbitrary, partly unknown input', () => {
    fc.assert(
      fc.property(
        fc.record({ followers: count, videos: maybe(fc.array(video, { maxLength: 40 })), followerGrowth7d: count, followerGrowth30d: count, gmv30dJpy: count, units30d: count, medianViews: count, engagementRate: maybe(fc.double({ min: 0, max: 1, noNaN: true })) }),
        (metrics) => {
          const a = assessCreator(metrics, { now: NOW });
          if (a.score == null) {
            expect(a.verdict).toBe('insufficient_data');
            return;
          }
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(a.score)).toBe(true);
          const weights = a.breakdown.components.reduce((s, c) => s + c.effectiveWeight, 0);
          expect(weights).toBeCloseTo(1, 9);
          for (const s of a.signals) {
            expect(Number.isFinite(s.value)).toBe(true);
            expect(s.message.en.length).toBeGreaterThan(0);
            expect(s.message.en).not.toMatch(/NaN|undefined|Infinity/);
          }
          expect(a.window.videos).toBeLessThanOrEqual(12);
          // One verdict consistent with its warnings: no healthy verdict above an amber or red warning.
          if (a.verdict === 'healthy') expect(a.signals.filter((s) => s.severity !== 'info')).toEqual([]);
          if (a.signals.some((s) => s.severity !== 'info')) expect(a.verdict).not.toBe('healthy');
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
