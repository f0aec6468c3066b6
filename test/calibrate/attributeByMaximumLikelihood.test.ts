import { describe, expect, it } from 'vitest';
import { attributeByMaximumLikelihood } from '../../src/calibrate/attributeByMaximumLikelihood.js';
import type { ObservedRecord } from '../../src/calibrate/observed/ObservedRecord.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { expectClose } from '../helpers/expectClose.js';
import { unmarkedAttack } from '../helpers/unmarkedAttack.js';

/** A record of attacks at the given days, its window (from, to], and optional strikes. */
function record(days: readonly number[], from: number, to: number, strikes: number[] = []) {
  return {
    label: 'synthetic',
    start: '2020-01-01',
    window: { from, to },
    attacks: days.map(unmarkedAttack),
    strikes: strikes.map((time) => ({ time, targets: 5, hostKilled: 5, delayDays: 1 })),
    political: [],
  } satisfies ObservedRecord;
}

describe('attributeByMaximumLikelihood', () => {
  it('meets the likelihood equations at an interior maximum (no strikes)', () => {
    // At an interior MLE of an exponential Hawkes process on [0, T], ∂ℓ/∂μ = 0 gives
    // Σ μ/λ(t_i) = μT, and ∂ℓ/∂n = 0 gives Σ φ(t_i)/λ(t_i) = n Σ_j (1 − e^{−β(T − t_j)}):
    // the background and triggered shares sum to the compensator's two parts.
    const T = 400;
    const { times } = simulateHawkes(
      { baseline: 0.4, branchingRatio: 0.5, decay: 1 },
      { horizon: T, seed: 'mle-attribution' },
    );
    expect(times.length).toBeGreaterThan(200);
    const fit = attributeByMaximumLikelihood(record(Array.from(times), 0, T));
    const { baseline: mu, branchingRatio: n, decay: beta } = fit.params as Record<string, number>;
    expect(fit.warnings.filter((w) => w.code === 'on-bound')).toEqual([]);
    const sum = (k: 'background' | 'triggered') => fit.attacks.reduce((a, x) => a + x[k], 0);
    // The fit stops where the gradient is near 0: measured 2e-9 relative, asserted to 1e-6.
    expectClose(sum('background'), (mu as number) * T, { rel: 1e-6 });
    const kernelMass = times.reduce((a, t) => a + 1 - Math.exp(-(beta as number) * (T - t)), 0);
    expectClose(sum('triggered'), (n as number) * kernelMass, { rel: 1e-6 });
    for (const a of fit.attacks) expect(a.provoked).toBe(0);
  });

  it('is the same attribution whatever day the window starts on', () => {
    const days = [0, 3, 3.5, 9, 10, 10.2, 10.3, 20, 27, 28, 40];
    const at0 = attributeByMaximumLikelihood(record(days, 0, 45, [12]));
    const at30 = attributeByMaximumLikelihood(
      record(
        days.map((d) => d + 30),
        30,
        75,
        [42],
      ),
    );
    expect(at30.attacks.map((a) => a.time)).toEqual(days.map((d) => d + 30));
    for (const [i, a] of at0.attacks.entries()) {
      const b = at30.attacks[i];
      expectClose(b?.background ?? Number.NaN, a.background, { abs: 1e-9 });
      expectClose(b?.provoked ?? Number.NaN, a.provoked, { abs: 1e-9 });
    }
  });

  it('gives each 2020 attack shares that sum to 1, none provoked before the strike', () => {
    for (const reading of ['table', 'text', 'wire'] as const) {
      const observed = observedFromReading(reading);
      const fit = attributeByMaximumLikelihood(observed);
      expect(fit.attacks).toHaveLength(reading === 'wire' ? 10 : 9);
      expect(Object.keys(fit.params)).toEqual(
        expect.arrayContaining(['baseline', 'branchingRatio', 'decay', 'strikeResponse']),
      );
      const strike = Math.min(...observed.strikes.map((s) => s.time));
      for (const a of fit.attacks) {
        expectClose(a.background + a.triggered + a.provoked, 1, { abs: 1e-12 });
        if (a.time <= strike) expect(a.provoked).toBe(0);
      }
      // The first attack opens the record: nothing before it can have triggered it.
      expect(fit.attacks[0]?.background).toBe(1);
      expect(fit.attacks.at(-1)?.day.startsWith('2020-03-1')).toBe(true);
    }
  });

  it('names the argument it cannot use', () => {
    expect(() => attributeByMaximumLikelihood(undefined as never)).toThrow(/observed must be/);
  });
});
