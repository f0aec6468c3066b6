// Power of the PIT uniformity check used by test/calibrate/heldOutPrediction.slow.test.ts:
// for D cases, PIT values of a miscalibrated predictive (x standard normal, PIT = Φ(x/s) for
// a predictive sd off by s, Φ(x − b) for a bias of b predictive sds), the share of 2,000
// samples that chi-square (10 bins) or KS rejects at 0.005.
//
//   npx tsx scripts/pit-power.ts [D=100]
import { createRng } from '../src/random/createRng.js';
import { sampleNormal } from '../src/random/sampleNormal.js';
import { chiSquareSurvival } from '../src/stats/chiSquare.js';
import { ksTest } from '../src/stats/ksTest.js';
import { normalCdf } from '../src/stats/normalCdf.js';

const D = Number(process.argv[2] ?? 100);
const R = 2000;
const cases: [string, (x: number) => number][] = [
  ['sd × 0.6', (x) => normalCdf(x / 0.6)],
  ['sd × 0.7', (x) => normalCdf(x / 0.7)],
  ['sd × 1.5', (x) => normalCdf(x / 1.5)],
  ['sd × 1.8', (x) => normalCdf(x / 1.8)],
  ['bias 0.5 sd', (x) => normalCdf(x - 0.5)],
  ['bias 0.3 sd', (x) => normalCdf(x - 0.3)],
  ['calibrated (size)', (x) => normalCdf(x)],
];
for (const [label, pit] of cases) {
  const rng = createRng(`power/${label}`);
  let rejected = 0;
  for (let r = 0; r < R; r++) {
    const u = Array.from({ length: D }, () => pit(sampleNormal(rng, 0, 1)));
    const histogram = new Array<number>(10).fill(0);
    for (const v of u) {
      const bin = Math.min(9, Math.floor(v * 10));
      histogram[bin] = (histogram[bin] as number) + 1;
    }
    const x2 = histogram.reduce((s, o) => s + (o - D / 10) ** 2 / (D / 10), 0);
    if (ksTest(u).pValue < 0.005 || chiSquareSurvival(x2, 9) < 0.005) rejected++;
  }
  process.stdout.write(`${label}: rejected in ${((100 * rejected) / R).toFixed(1)}%\n`);
}
