/** The JSON form of a LogSketch; bucket lists sorted by index, so equal sketches serialise equally. */
export interface LogSketchState {
  /** α: every quantile estimate is within α·|true value| of the order statistic it estimates. */
  readonly relativeAccuracy: number;
  /** Count of zeros. */
  readonly zeros: number;
  /** [i, count] for positive values in bucket i = (γ^(i−1), γ^i], γ = (1 + α)/(1 − α). */
  readonly positive: readonly (readonly [number, number])[];
  /** [i, count] for negative values whose magnitude is in bucket i. */
  readonly negative: readonly (readonly [number, number])[];
}

/**
 * A mergeable quantile sketch with relative accuracy α: logarithmic buckets with exact
 * counts, so merging is exact and order-independent, and the memory is bounded by the
 * range of magnitudes (about ln(max/min)/(2α) buckets), not by the number of values.
 *
 * Reference: Masson, Rim & Lee (2019), "DDSketch: a fast and fully-mergeable quantile
 * sketch with relative-error guarantees", PVLDB 12(12). No bucket collapsing: every bucket
 * is kept, so the guarantee holds for every quantile.
 *
 * @example
 * const sketch = new LogSketch(0.01);
 * sketch.add(100);
 * Math.abs(sketch.sortedValues()[0]![0] - 100) <= 1; // => true
 */
export class LogSketch {
  readonly relativeAccuracy: number;
  private readonly logGamma: number;
  private readonly gamma: number;
  private zeros = 0;
  private readonly positive = new Map<number, number>();
  private readonly negative = new Map<number, number>();

  /**
   * @param relativeAccuracy - α in (0, 1)
   * @throws RangeError when α is not in (0, 1)
   */
  constructor(relativeAccuracy: number) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
      throw new RangeError(`relativeAccuracy must be in (0, 1), received ${relativeAccuracy}`);
    this.relativeAccuracy = relativeAccuracy;
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.logGamma = Math.log(this.gamma);
  }

  /**
   * Count a finite value `count` times.
   * @param x - the value
   * @param count - how many times (default 1)
   */
  add(x: number, count = 1): void {
    if (x === 0) {
      this.zeros += count;
      return;
    }
    const store = x > 0 ? this.positive : this.negative;
    const i = Math.ceil(Math.log(Math.abs(x)) / this.logGamma);
    store.set(i, (store.get(i) ?? 0) + count);
  }

  /**
   * Add another sketch's counts (exactly).
   * @param other - a sketch with the same relative accuracy; unchanged
   * @throws RangeError when the accuracies differ
   */
  merge(other: LogSketch): void {
    if (other.relativeAccuracy !== this.relativeAccuracy)
      throw new RangeError(
        `relativeAccuracy must match to merge sketches, received ${this.relativeAccuracy} and ${other.relativeAccuracy}`,
      );
    this.zeros += other.zeros;
    for (const [i, c] of other.positive) this.positive.set(i, (this.positive.get(i) ?? 0) + c);
    for (const [i, c] of other.negative) this.negative.set(i, (this.negative.get(i) ?? 0) + c);
  }

  /**
   * The buckets in ascending order of value, each as [estimate, count]; the estimate
   * 2γ^i/(γ + 1) is within α of every value in bucket i, relative to that value.
   * @returns the sorted [value, count] pairs
   */
  sortedValues(): [number, number][] {
    const estimate = (i: number) => (2 * this.gamma ** i) / (this.gamma + 1);
    const negative = sorted(this.negative)
      .reverse()
      .map(([i, c]): [number, number] => [-estimate(i), c]);
    const zeros: [number, number][] = this.zeros > 0 ? [[0, this.zeros]] : [];
    const positive = sorted(this.positive).map(([i, c]): [number, number] => [estimate(i), c]);
    return [...negative, ...zeros, ...positive];
  }

  /** @returns the canonical JSON state */
  toState(): LogSketchState {
    return {
      relativeAccuracy: this.relativeAccuracy,
      zeros: this.zeros,
      positive: sorted(this.positive),
      negative: sorted(this.negative),
    };
  }

  /**
   * Rebuild a sketch from its state.
   * @param state - from `toState`
   * @returns the sketch
   */
  static fromState(state: LogSketchState): LogSketch {
    const sketch = new LogSketch(state.relativeAccuracy);
    sketch.zeros = state.zeros;
    for (const [i, c] of state.positive) sketch.positive.set(i, c);
    for (const [i, c] of state.negative) sketch.negative.set(i, c);
    return sketch;
  }
}

function sorted(store: Map<number, number>): [number, number][] {
  return [...store].sort((a, b) => a[0] - b[0]);
}
