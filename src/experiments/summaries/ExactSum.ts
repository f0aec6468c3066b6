import { formatDyadic, parseDyadic } from './dyadic.js';

/** The sum is Σ limb[i] · 2^(32·i − SCALE): low enough for the square of the least subnormal (2^-2148). */
const SCALE = 2176;
const LIMBS = 138;
const TWO32 = 2 ** 32;
const TWO64 = 2 ** 64;
const TWO18 = 2 ** 18;
const TWO36 = 2 ** 36;
const LANE_LIMIT = 2 ** 52;
// Each add moves a limb by < 2^32; carries are propagated before limbs could pass 2^53.
const ADDS_BEFORE_CARRY = 2 ** 20;

// Veltkamp's splitter and the range in which Dekker's product is exact (Dekker 1971).
const SPLITTER = 2 ** 27 + 1;
const DEKKER_MIN = 2 ** -450;
const DEKKER_MAX = 2 ** 450;
const POW2 = Float64Array.from({ length: 32 }, (_, k) => 2 ** k);
const view = new DataView(new ArrayBuffer(8));

/**
 * An exact accumulator of doubles and of their squares: the sum is held without rounding,
 * so it is the same whatever the order or grouping of the values (merging partial sums
 * included). Read it as text with `toString` (`"1234"`, `"-617/2^10"`).
 *
 * Why: ensembles split over workers or shards must give bit-identical means and variances;
 * floating-point addition is not associative, exact addition is.
 *
 * Reference: a fixed-point "long accumulator" (Kulisch & Miranker 1981) in 32-bit limbs
 * held in doubles with delayed carries; squares are split exactly into two doubles by
 * Dekker's (1971) product, or, far from 1, by splitting the 53-bit significand in three
 * 18-bit parts so every partial product is exact.
 *
 * Cost: O(1) per value (small integers skip the limbs: a plain lane, exact below 2^53;
 * the 138 limbs are only made for a value the lane cannot take); `toBigInt` is O(limbs)
 * and allocates.
 *
 * @example
 * const s = new ExactSum();
 * s.add(0.1); s.add(0.2); s.add(-0.3);
 * s.toString(); // => '1/2^55'
 */
export class ExactSum {
  /** Power of two in the denominator of `toBigInt()`. */
  static readonly SCALE = SCALE;
  // Made on the first value the lane cannot hold: a sum of integers (counts, 0/1 outcomes)
  // never needs them, and a sweep makes eight sums per design point.
  private limbs: Float64Array | null = null;
  private lane = 0;
  private adds = 0;

  /**
   * Add a finite double.
   * @param x - the value
   */
  add(x: number): void {
    if (Number.isInteger(x) && x <= LANE_LIMIT && x >= -LANE_LIMIT) {
      this.lane += x;
      if (this.lane >= LANE_LIMIT || this.lane <= -LANE_LIMIT) this.flushLane();
      return;
    }
    if (x === 0) return;
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    const biased = (hi >>> 20) & 0x7ff;
    const fraction = (hi & 0xfffff) * TWO32 + view.getUint32(4);
    const m = biased === 0 ? fraction : fraction + 2 ** 52;
    const e = biased === 0 ? -1074 : biased - 1075;
    this.addScaled(hi >>> 31 === 1 ? -m : m, e + SCALE);
  }

  /**
   * Add the exact square of a finite double.
   * @param x - the value whose square is added
   */
  addSquare(x: number): void {
    if (Number.isInteger(x) && x <= 2 ** 26 && x >= -(2 ** 26)) {
      this.add(x * x);
      return;
    }
    if (x === 0) return;
    const magnitude = Math.abs(x);
    if (magnitude >= DEKKER_MIN && magnitude <= DEKKER_MAX) {
      // Dekker's exact product: x² = hi + lo with both doubles (no overflow or underflow here).
      const split = SPLITTER * x;
      const xh = split - (split - x);
      const xl = x - xh;
      const hi = x * x;
      this.add(hi);
      this.add(xh * xh - hi + 2 * xh * xl + xl * xl);
      return;
    }
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    const biased = (hi >>> 20) & 0x7ff;
    const fraction = (hi & 0xfffff) * TWO32 + view.getUint32(4);
    const m = biased === 0 ? fraction : fraction + 2 ** 52;
    const p = 2 * (biased === 0 ? -1074 : biased - 1075) + SCALE;
    // m = a·2^36 + b·2^18 + c with 18-bit parts: every product below is an exact double.
    const c = m % TWO18;
    const b = Math.floor(m / TWO18) % TWO18;
    const a = Math.floor(m / TWO36);
    this.addScaled(a * a, p + 72);
    this.addScaled(2 * a * b, p + 54);
    this.addScaled(2 * a * c + b * b, p + 36);
    this.addScaled(2 * b * c, p + 18);
    this.addScaled(c * c, p);
  }

  /**
   * Add another exact sum to this one (exactly).
   * @param other - the sum to add; unchanged
   */
  merge(other: ExactSum): void {
    if (other.limbs !== null) {
      this.carry();
      other.carry();
      const limbs = this.allocatedLimbs();
      for (let i = 0; i < LIMBS; i++) limbs[i] = (limbs[i] as number) + (other.limbs[i] as number);
      this.adds = ADDS_BEFORE_CARRY; // limbs may now hold 2^33: carry before the next add
    }
    this.lane += other.lane;
    if (this.lane >= LANE_LIMIT || this.lane <= -LANE_LIMIT) this.flushLane();
  }

  /** @returns the exact sum as n with sum = n / 2^SCALE */
  toBigInt(): bigint {
    let n = 0n;
    const limbs = this.limbs;
    if (limbs !== null) {
      this.carry();
      let top = LIMBS - 1;
      while (top > 0 && limbs[top] === 0) top--;
      for (let i = top; i >= 0; i--) n = (n << 32n) + BigInt(limbs[i] as number);
    }
    return n + (BigInt(this.lane) << BigInt(SCALE));
  }

  /** @returns the canonical text of the exact sum (see formatDyadic) */
  toString(): string {
    // An integer below 2^52 is its own canonical text (formatDyadic of lane·2^SCALE).
    if (this.limbs === null) return String(this.lane);
    return formatDyadic(this.toBigInt(), SCALE);
  }

  /**
   * Rebuild a sum from its text.
   * @param text - from `toString`
   * @param name - what it is, for errors
   * @returns the sum
   * @throws RangeError when the text is not a dyadic rational within range
   */
  static parse(text: string, name = 'sum'): ExactSum {
    const sum = new ExactSum();
    // Integers the lane holds exactly (the common case) skip the 2176-bit shift below.
    if (/^-?\d{1,15}$/.test(text)) {
      sum.lane = Number(text);
      return sum;
    }
    let n = parseDyadic(text, SCALE, name);
    const limbs = sum.allocatedLimbs();
    for (let i = 0; i < LIMBS - 1; i++) {
      limbs[i] = Number(n & 0xffffffffn);
      n >>= 32n; // floor division: the top limb keeps the sign
    }
    if (n >= 2n ** 52n || n < -(2n ** 52n))
      throw new RangeError(`${name} must be below 2^2100 in magnitude, received ${text}`);
    limbs[LIMBS - 1] = Number(n);
    return sum;
  }

  private addScaled(k: number, position: number): void {
    if (++this.adds > ADDS_BEFORE_CARRY) this.carry();
    const j = position >>> 5;
    const v = Math.abs(k) * (POW2[position & 31] as number);
    const d2 = Math.floor(v / TWO64);
    const r = v - d2 * TWO64;
    const d1 = Math.floor(r / TWO32);
    const d0 = r - d1 * TWO32;
    const s = k < 0 ? -1 : 1;
    const limbs = this.allocatedLimbs();
    limbs[j] = (limbs[j] as number) + s * d0;
    limbs[j + 1] = (limbs[j + 1] as number) + s * d1;
    limbs[j + 2] = (limbs[j + 2] as number) + s * d2;
  }

  private flushLane(): void {
    const lane = this.lane;
    this.lane = 0;
    this.addScaled(lane, SCALE);
  }

  private allocatedLimbs(): Float64Array {
    this.limbs ??= new Float64Array(LIMBS);
    return this.limbs;
  }

  private carry(): void {
    const limbs = this.limbs;
    if (limbs === null) return;
    for (let i = 0; i < LIMBS - 1; i++) {
      const c = Math.floor((limbs[i] as number) / TWO32);
      if (c !== 0) {
        limbs[i] = (limbs[i] as number) - c * TWO32;
        limbs[i + 1] = (limbs[i + 1] as number) + c;
      }
    }
    this.adds = 0;
  }
}
