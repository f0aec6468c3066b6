import { describe, expect, it } from 'vitest';
import { predictionQuantile } from '../../src/hawkes/fit/predictionQuantile.js';
import { createRng } from '../../src/random/createRng.js';
import { standardNormal } from '../../src/random/sampleNormal.js';
import { normalQuantile } from '../../src/stats/normalQuantile.js';

describe('predictionQuantile', () => {
  it('is the documented value and tends to the normal quantile', () => {
    expect(predictionQuantile(0.95, 49)).toBe(2.031047816579766);
    // t₁₈(0.975) = 2.100922 (tables) times √(20/19).
    expect(predictionQuantile(0.95, 19)).toBeCloseTo(2.100922 * Math.sqrt(20 / 19), 5);
    expect(predictionQuantile(0.95, 1e7)).toBeCloseTo(normalQuantile(0.975), 5);
  });

  it('bounds a new normal draw at the stated rate where the plain normal quantile does not', () => {
    // 40,000 trials of B = 19 draws and one more, seed 'prediction-quantile': the new draw
    // leaves x̄ ± k·s with probability 5% (SE √(0.05·0.95/40000) = 0.0011); with k = 1.96 it
    // leaves 7.2% of the time (t₁₈ at 1.96/√(20/19): 0.0358 a side), 20 SE away.
    const rng = createRng('prediction-quantile');
    const B = 19;
    const trials = 40_000;
    const k = predictionQuantile(0.95, B);
    const z = normalQuantile(0.975);
    let outside = 0;
    let outsideNormal = 0;
    const draws = new Float64Array(B);
    for (let trial = 0; trial < trials; trial++) {
      let sum = 0;
      for (let b = 0; b < B; b++) {
        draws[b] = standardNormal(rng);
        sum += draws[b] as number;
      }
      const mean = sum / B;
      let squares = 0;
      for (const x of draws) squares += (x - mean) ** 2;
      const sd = Math.sqrt(squares / (B - 1));
      const next = standardNormal(rng);
      if (Math.abs(next - mean) > k * sd) outside++;
      if (Math.abs(next - mean) > z * sd) outsideNormal++;
    }
    const se = Math.sqrt((0.05 * 0.95) / trials);
    expect(Math.abs(outside / trials - 0.05)).toBeLessThan(4 * se);
    expect(outsideNormal / trials - 0.05).toBeGreaterThan(10 * se);
  });
});
