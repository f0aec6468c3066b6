import { describe, it } from 'vitest';
import { logFactorial, stirlingTail } from '../../src/random/logFactorial.js';
import { expectClose } from '../helpers/expectClose.js';

/** ln k! for k = 0..maxK by Kahan-compensated summation of ln i (brute force). */
function bruteLogFactorials(maxK: number): Float64Array {
  const out = new Float64Array(maxK + 1);
  let sum = 0;
  let carry = 0;
  for (let k = 1; k <= maxK; k++) {
    const y = Math.log(k) - carry;
    const t = sum + y;
    carry = t - sum - y;
    sum = t;
    out[k] = sum;
  }
  return out;
}

describe('logFactorial and stirlingTail', () => {
  const brute = bruteLogFactorials(1_000_000);

  it('match brute-force sums of logarithms across the table/series switch and far beyond', () => {
    for (let k = 0; k <= 200; k++) {
      expectClose(logFactorial(k), brute[k] as number, { abs: 1e-13, rel: 1e-14 });
    }
    for (const k of [1000, 12_345, 999_999, 1_000_000]) {
      expectClose(logFactorial(k), brute[k] as number, { rel: 1e-13 });
    }
  });

  it('the tail is the difference from the Stirling terms, continuous at the switch', () => {
    // fc(k) = ln k! − (k + ½) ln(k + 1) + (k + 1) − ½ ln 2π, evaluated from the brute sums
    // where cancellation is still mild.
    for (let k = 0; k <= 60; k++) {
      const direct =
        (brute[k] as number) - (k + 0.5) * Math.log(k + 1) + (k + 1) - 0.5 * Math.log(2 * Math.PI);
      expectClose(stirlingTail(k), direct, { abs: 1e-13 });
    }
    // Leading behaviour: fc(k) ≈ 1/(12(k + 1)).
    expectClose(stirlingTail(1e8), 1 / (12 * (1e8 + 1)), { rel: 1e-15 });
  });
});
