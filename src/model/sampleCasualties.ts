import type { RandomSource } from '../random/createRng.js';
import { sampleBinomial } from '../random/sampleBinomial.js';
import { sampleNegativeBinomial } from '../random/sampleNegativeBinomial.js';
import { binomialCount } from './binomialCount.js';
import { type CompiledScenario, NO_HIT_TABLE } from './compileScenario.js';

/** Indices into the array sampleCasualties fills. */
export const FOREIGN_KILLED = 0;
export const FOREIGN_WOUNDED = 1;
export const HOST_KILLED = 2;
export const HOST_WOUNDED = 3;

/**
 * Draw the casualties of one salvo of R rockets on base b: a lethal hit is rare and
 * concentrated, and who is hit depends on where it lands.
 *
 * With h = hitProbability·(1 − protection_b), e_b = F_b/(F_b + x_b·H_b) (F, H the foreign
 * and host personnel present, x the base's hostExposure), v = victimsPerHit,
 * k = victimDispersion and ℓ = lethality:
 *
 *   hits          G ~ Binomial(R, h)          (rockets that land on a populated spot)
 *   foreign hits  G_f ~ Binomial(G, e_b),  host hits G_h = G − G_f
 *   harmed        V_g ~ NB(G_g·v, G_g·k)      (the sum of G_g independent NB(v, k) per hit)
 *   killed        K_g ~ Binomial(V_g, ℓ),  wounded W_g = V_g − K_g,   for g = f, h
 *
 * so E[K_f] = R·h·e_b·v·ℓ, and most salvos harm nobody while a few harm many (the per-hit
 * count is over-dispersed for small k). Then K_g ≤ present_g and W_g ≤ present_g − K_g
 * (people already counted absorb the rest); garrisons are not depleted between attacks
 * (assumption: losses are replaced). With x_b = 0 no host person is ever hit.
 *
 * Draws (all exact): the hits by chop-down inversion from (1 − h)^R when R·h is small, the
 * foreign hits and the killed by Bernoulli trials when few, the harmed by chop-down
 * inversion from p₀^G when G·v ≤ 50; otherwise the general samplers.
 *
 * @param rng - the casualty stream (its own, so targets and rockets stay paired when
 *   protection or exposure change: common random numbers)
 * @param cs - the compiled scenario (per-base rates and the harm parameters)
 * @param base - the base index
 * @param rockets - rockets fired, an integer ≥ 0
 * @param out - filled at FOREIGN_KILLED, FOREIGN_WOUNDED, HOST_KILLED, HOST_WOUNDED
 * @example
 * const out = new Int32Array(4);
 * sampleCasualties(createRng(1), compileScenario(presets['iraq-2020']), 0, 0, out);
 * Array.from(out); // => [0, 0, 0, 0]
 */
export function sampleCasualties(
  rng: RandomSource,
  cs: CompiledScenario,
  base: number,
  rockets: number,
  out: Int32Array,
): void {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  out[3] = 0;
  const h = cs.hitPerRocket[base] as number;
  if (h === 0 || rockets === 0) return;
  let hits: number;
  if (h <= 0.5 && rockets * h < 10) {
    // Invert Binomial(R, h) from P(0) = (1 − h)^R (chop-down); most salvos stop at once.
    const u = rng();
    const none = noHit(cs, base, rockets);
    if (u < none) return;
    hits = binomialByInversion(u, rockets, h, none);
  } else hits = sampleBinomial(rng, rockets, h);
  if (hits === 0) return;
  const foreignHits = binomialCount(rng, hits, cs.foreignShareOfHits[base] as number);
  harm(rng, cs, foreignHits, cs.foreignPersonnel[base] as number, out, FOREIGN_KILLED);
  harm(rng, cs, hits - foreignHits, cs.hostPersonnel[base] as number, out, HOST_KILLED);
}

/** (1 − h)^R as e^{R·log(1 − h)}, from the compiled scenario's cache when R is small. */
function noHit(cs: CompiledScenario, base: number, rockets: number): number {
  if (rockets >= NO_HIT_TABLE) return Math.exp(rockets * (cs.logMissPerRocket[base] as number));
  const at = base * NO_HIT_TABLE + rockets;
  let p = cs.noHitCache[at] as number;
  if (p === 0) {
    p = Math.exp(rockets * (cs.logMissPerRocket[base] as number));
    cs.noHitCache[at] = p;
  }
  return p;
}

function harm(
  rng: RandomSource,
  cs: CompiledScenario,
  hits: number,
  present: number,
  out: Int32Array,
  at: number,
): void {
  if (hits === 0) return;
  const mean = hits * cs.victimsPerHit;
  if (mean === 0) return;
  // NB(G·v, G·k): P(0) = p₀^G with p₀ = (k/(k + v))^k; short chop-down when the mean is small.
  const harmed =
    mean <= 50
      ? negativeBinomialByInversion(
          rng,
          cs.noVictimsPerHit ** hits,
          hits * cs.victimDispersion,
          cs.victimRatio,
        )
      : sampleNegativeBinomial(rng, mean, hits * cs.victimDispersion);
  if (harmed === 0) return;
  const killed = Math.min(binomialCount(rng, harmed, cs.lethality), present);
  out[at] = killed;
  out[at + 1] = Math.min(harmed - killed, present - killed);
}

/**
 * Binomial(n, p) by chop-down inversion of the uniform u from f0 = (1 − p)^n (exact; for
 * small n·p, p ≤ ½).
 */
function binomialByInversion(uniform: number, n: number, p: number, f0: number): number {
  const odds = p / (1 - p);
  let u = uniform;
  let f = f0;
  let x = 0;
  while (u >= f && x < n) {
    u -= f;
    f *= ((n - x) / (x + 1)) * odds;
    x++;
  }
  return x;
}

/** NB by chop-down inversion from f0 = P(0), size k and ratio μ/(k + μ) (exact; small means). */
function negativeBinomialByInversion(
  rng: RandomSource,
  f0: number,
  k: number,
  ratio: number,
): number {
  let u = rng();
  let f = f0;
  let x = 0;
  while (u >= f && f > 0) {
    u -= f;
    f *= ((x + k) / (x + 1)) * ratio;
    x++;
  }
  return x;
}
