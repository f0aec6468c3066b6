import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../src/hawkes/attributeEvents.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';

describe('attributeEvents', () => {
  it('matches brute-force O(n²) sums of the intensity components on small random data', () => {
    for (let trial = 0; trial < 20; trial++) {
      const rng = createRng(`attribution-${trial}`);
      const times = Array.from({ length: 15 }, () => 40 * rng()).sort((a, b) => a - b);
      const strikeTimes = Array.from({ length: 4 }, () => 40 * rng()).sort((a, b) => a - b);
      const hostKilled = strikeTimes.map(() => Math.floor(3 * rng()));
      const p = {
        baseline: 0.1 + rng(),
        branchingRatio: 0.9 * rng(),
        decay: 0.2 + 3 * rng(),
        strikeResponse: 8 * rng() - 5, // both provoking and deterring strikes
        strikeResponseDecay: 0.2 + 2 * rng(),
        hostDeathResponse: rng() - 0.5,
      };
      const got = attributeEvents(times, p, { strikes: { times: strikeTimes, hostKilled } });
      times.forEach((t, i) => {
        let triggered = 0;
        for (const s of times)
          if (s < t) triggered += p.branchingRatio * p.decay * Math.exp(-p.decay * (t - s));
        let strike = 0;
        strikeTimes.forEach((s, k) => {
          const r = p.strikeResponse + p.hostDeathResponse * (hostKilled[k] as number);
          if (s < t)
            strike += r * p.strikeResponseDecay * Math.exp(-p.strikeResponseDecay * (t - s));
        });
        const total = p.baseline + triggered + strike;
        const a = got[i];
        if (a === undefined) throw new Error(`missing attribution ${i}`);
        expectClose(a.intensity, Math.max(0, total), { abs: 1e-12, rel: 1e-12 });
        if (total <= 0) return;
        // A deterring net response takes no share; the rest split as μ : Σφ.
        const kept = strike >= 0 ? total : p.baseline + triggered;
        expectClose(a.background, p.baseline / kept, { abs: 1e-12, rel: 1e-12 });
        expectClose(a.triggered, triggered / kept, { abs: 1e-12, rel: 1e-12 });
        expectClose(a.provoked, strike >= 0 ? strike / total : 0, { abs: 1e-12 });
        expectClose(a.background + a.triggered + a.provoked, 1, { abs: 1e-12 });
      });
    }
  });

  it('gives the first event wholly to the background and refuses a missing response decay', () => {
    const [first] = attributeEvents([2, 3], { baseline: 0.2, branchingRatio: 0.5, decay: 1 });
    expect(first).toMatchObject({ background: 1, triggered: 0, provoked: 0 });
    expect(() =>
      attributeEvents(
        [2, 3],
        { baseline: 0.2, branchingRatio: 0.5, decay: 1 },
        { strikes: { times: [1] } },
      ),
    ).toThrow(/^params\.strikeResponseDecay must be a number > 0 when strikes are given/);
  });
});
