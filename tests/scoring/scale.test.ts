/** Scale check without timing (speed is measured by `npm run bench`, never asserted in tests). */
import { describe, expect, it } from 'vitest';
import { assessCreator } from '../../lib/scoring';
import { NOW, honestProfile, makeProfile } from './generator';

describe('assessCreator: many creators', () => {
  it('scores 10,000 creators without error and flags exactly the 2,000 planted fakes', () => {
    const creators = Array.from({ length: 10_000 }, (_, i) =>
      i % 5 === 0
        ? makeProfile({ seed: i, followers: 80_000, videoCount: 12, medianViews: 20_000, likeView: 0.35, commentLike: 0.0015 })
        : honestProfile(i),
    );
    let flagged = 0;
    let scored = 0;
    for (const c of creators) {
      const a = assessCreator(c, { now: NOW });
      if (a.verdict === 'likely_fake') flagged++;
      if (a.score != null && a.score >= 0 && a.score <= 100) scored++;
    }
    expect(flagged).toBe(2_000);
    expect(scored).toBe(10_000);
  });
});
