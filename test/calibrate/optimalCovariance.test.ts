import { describe, expect, it } from 'vitest';
import { optimalCovariance } from '../../src/calibrate/abc/optimalCovariance.js';
import { createRng } from '../../src/random/createRng.js';
import { standardNormal } from '../../src/random/sampleNormal.js';

describe('optimalCovariance', () => {
  it('equals Filippi et al.’s double sum Σ_i Σ_k ω_i ω̃_k (θ̃_k − θ_i)(θ̃_k − θ_i)ᵀ (random populations)', () => {
    for (let trial = 0; trial < 20; trial++) {
      const rng = createRng(`optimal-${trial}`);
      const d = 1 + (trial % 4);
      const n = 5 + trial;
      const reals = Array.from({ length: n }, () =>
        Array.from({ length: d }, () => 2 * standardNormal(rng)),
      );
      const raw = reals.map(() => rng());
      const sum = raw.reduce((s, w) => s + w, 0);
      const weights = raw.map((w) => w / sum);
      const distances = reals.map(() => rng());
      const tolerance = 0.6;
      const inside = reals.map((_, k) => k).filter((k) => (distances[k] as number) <= tolerance);
      const total = inside.reduce((s, k) => s + (weights[k] as number), 0);
      const expected = new Array<number>(d * d).fill(0);
      reals.forEach((theta, i) => {
        for (const k of inside) {
          const w = (weights[i] as number) * ((weights[k] as number) / total);
          const x = reals[k] as number[];
          for (let a = 0; a < d; a++)
            for (let b = 0; b < d; b++)
              expected[a * d + b] =
                (expected[a * d + b] as number) +
                w *
                  ((x[a] as number) - (theta[a] as number)) *
                  ((x[b] as number) - (theta[b] as number));
        }
      });
      const actual = optimalCovariance(reals, weights, distances, tolerance);
      if (inside.length === 0) {
        expect(actual).toBeNull();
        continue;
      }
      expect(actual).not.toBeNull();
      Array.from(actual ?? []).forEach((v, j) => {
        const e = expected[j] as number;
        expect(Math.abs(v - e), `trial ${trial}, entry ${j}: ${v} vs ${e}`).toBeLessThan(
          1e-12 * Math.max(1, Math.abs(e)),
        );
      });
    }
  });

  it('is null when no particle lies within the tolerance', () => {
    expect(optimalCovariance([[0], [1]], [0.5, 0.5], [2, 3], 1)).toBeNull();
  });
});
