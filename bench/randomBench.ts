import { createCategoricalSampler } from '../src/random/createCategoricalSampler.js';
import { createRng, type RandomSource } from '../src/random/createRng.js';
import { sampleBinomial } from '../src/random/sampleBinomial.js';
import { sampleCategorical } from '../src/random/sampleCategorical.js';
import { sampleExponential } from '../src/random/sampleExponential.js';
import { sampleGamma } from '../src/random/sampleGamma.js';
import { sampleNegativeBinomial } from '../src/random/sampleNegativeBinomial.js';
import { sampleNormal } from '../src/random/sampleNormal.js';
import { samplePoisson } from '../src/random/samplePoisson.js';
import { sampleUniform } from '../src/random/sampleUniform.js';

const weights = [3, 1, 0, 2, 5, 1, 1, 4];
const pickBase = createCategoricalSampler(weights);

/** The cases timed: each draws once from a fresh seeded stream. */
const cases: Array<[string, (rng: RandomSource) => number]> = [
  ['createRng draw (uniform [0, 1))', (rng) => rng()],
  ['sampleUniform(-1, 1)', (rng) => sampleUniform(rng, -1, 1)],
  ['sampleExponential(rate 2)', (rng) => sampleExponential(rng, 2)],
  ['sampleNormal(0, 1)', (rng) => sampleNormal(rng, 0, 1)],
  ['sampleGamma(shape 0.5)', (rng) => sampleGamma(rng, 0.5, 1)],
  ['sampleGamma(shape 2.5)', (rng) => sampleGamma(rng, 2.5, 1)],
  ['samplePoisson(mean 3) inversion', (rng) => samplePoisson(rng, 3)],
  ['samplePoisson(mean 50) PTRS', (rng) => samplePoisson(rng, 50)],
  ['samplePoisson(mean 5000) PTRS', (rng) => samplePoisson(rng, 5000)],
  ['sampleBinomial(33, 0.1) inversion', (rng) => sampleBinomial(rng, 33, 0.1)],
  ['sampleBinomial(1000, 0.3) BTRS', (rng) => sampleBinomial(rng, 1000, 0.3)],
  ['sampleBinomial(1e6, 0.5) BTRS', (rng) => sampleBinomial(rng, 1e6, 0.5)],
  ['sampleNegativeBinomial(mean 20, k 2)', (rng) => sampleNegativeBinomial(rng, 20, 2)],
  ['sampleCategorical(8 weights)', (rng) => sampleCategorical(rng, weights)],
  ['createCategoricalSampler(8 weights) draw', (rng) => pickBase(rng)],
];

/**
 * Time every sampler of src/random over `draws` draws (default 1e6) with performance.now.
 *
 * Why: the samplers sit in the simulation's hot loops; `npm run bench` reports their
 * throughput so that a regression shows. Each case warms up on a tenth of the draws
 * first (so the JIT has compiled it) and sums its draws into a sink the optimiser cannot
 * drop. Figures depend on the machine and on what else runs on it.
 *
 * @param draws - draws timed per sampler
 * @returns one row per sampler: its name and draws per second
 * @example
 * benchRandom(1e5).map((row) => row.name)[0]; // => 'createRng draw (uniform [0, 1))'
 */
export function benchRandom(draws = 1e6): Array<{ name: string; opsPerSecond: number }> {
  let sink = 0;
  const rows: Array<{ name: string; opsPerSecond: number }> = [];
  for (const [name, draw] of cases) {
    const rng = createRng(`bench/${name}`);
    for (let i = 0; i < draws / 10; i++) sink += draw(rng);
    const start = performance.now();
    for (let i = 0; i < draws; i++) sink += draw(rng);
    const seconds = (performance.now() - start) / 1000;
    rows.push({ name, opsPerSecond: draws / seconds });
  }
  if (Number.isNaN(sink)) throw new Error('a sampler returned NaN');
  return rows;
}
