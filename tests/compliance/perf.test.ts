import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../lib/compliance';

/** Logs warm timing for 2,000 characters (target < 5 ms); never asserts time, so CI load can't make it flaky. */
describe('performance log', () => {
  it('measures checkCopy on 2,000 characters', () => {
    const sentence = 'この美容液は保湿成分たっぷりで毎日のお手入れにおすすめ。シミが消える！業界最安、今だけ半額。完全ワイヤレスも人気。The cheapest, guaranteed. ';
    let text = '';
    while (text.length < 2000) text += sentence;
    text = text.slice(0, 2000);
    for (let i = 0; i < 30; i++) checkCopy(text, { category: 'general', kind: 'creator_script' });
    const runs = 100;
    const t0 = performance.now();
    let findings = 0;
    for (let i = 0; i < runs; i++) findings = checkCopy(text, { category: 'general', kind: 'creator_script' }).findings.length;
    const ms = (performance.now() - t0) / runs;
    console.log(`[compliance perf] ${ms.toFixed(3)} ms per 2,000 chars (${findings} findings, warm, ${runs} runs)`);
    expect(findings).toBeGreaterThan(0);
  });
});
