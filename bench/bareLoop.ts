import { createRng } from '../src/random/createRng.js';

/**
 * The floor the engine is measured against: one replicate-year of the `iraq-2020` attack
 * process (μ = 0.075, n = 0.4, β = 1/3 per day) with a tit-for-tat strike 1.25 days after
 * every attack, written as one plain loop. One stream per replicate (seeded like the
 * engine's, from a string), Ogata thinning with the running excitation sum, and a queue of
 * landing times for the strikes — and nothing else: no marks, casualties, policy objects,
 * pressures, records or outcome row.
 *
 * @param replicate - the replicate index (seeds the stream)
 * @returns attacks + strikes, so the work cannot be optimised away
 */
export function bareLoop(replicate: number): number {
  // The engine's seed path for this stream, so seeding costs the same.
  const rng = createRng(`1/${replicate}/militia:kataib-hezbollah/attacks`);
  const mu = 0.075;
  const n = 0.4;
  const beta = 1 / 3;
  const horizon = 365;
  const delay = 1.25;
  const landings: number[] = [];
  let head = 0;
  let t = 0;
  let excitation = 0;
  let attacks = 0;
  let strikes = 0;
  for (;;) {
    const bound = mu + n * excitation; // the intensity only falls until the next attack
    const candidate = t - Math.log1p(-rng()) / bound;
    const landing = head < landings.length ? (landings[head] as number) : Number.POSITIVE_INFINITY;
    if (landing <= candidate && landing <= horizon) {
      // A strike lands first; the thinning candidate is redrawn from there (memoryless).
      excitation *= Math.exp(-beta * (landing - t));
      t = landing;
      head++;
      strikes++;
      continue;
    }
    if (candidate > horizon) break;
    excitation *= Math.exp(-beta * (candidate - t));
    t = candidate;
    if (rng() * bound < mu + n * excitation) {
      attacks++;
      excitation += beta;
      landings.push(t + delay);
    }
  }
  return attacks + strikes;
}
