import { ExactSum } from './ExactSum.js';
import { LogSketch, type LogSketchState } from './LogSketch.js';

/** Relative accuracy of quantiles once a summary switches to log buckets. */
export const DEFAULT_RELATIVE_ACCURACY = 0.01;
/** Distinct values counted exactly before a summary switches to log buckets. */
export const DEFAULT_MAX_DISTINCT = 2048;

/**
 * The JSON state of a streaming summary of one outcome: canonical (the same multiset of
 * values gives the same JSON, whatever the order or grouping) and bounded in size.
 */
export interface SummaryState {
  /** Non-null values counted. */
  readonly n: number;
  readonly nulls: number;
  readonly min: number | null;
  readonly max: number | null;
  /** Exact Σx as text: an integer or "n/2^k" (see formatDyadic). */
  readonly sum: string;
  /** Exact Σx² as text. */
  readonly sumOfSquares: string;
  /** Distinct values counted exactly before switching to `sketch`. */
  readonly maxDistinct: number;
  /** Relative accuracy of the sketch's quantiles. */
  readonly relativeAccuracy: number;
  /** [value, count] per distinct value, ascending; null once there were more than maxDistinct. */
  readonly counts: readonly (readonly [number, number])[] | null;
  /** Log-bucket quantile sketch; null while `counts` is exact. */
  readonly sketch: LogSketchState | null;
}

/** Options of a summary; summaries merge only with equal options. */
export interface SummaryOptions {
  /** Quantile accuracy after the switch to log buckets (default 0.01). */
  readonly relativeAccuracy?: number;
  /** Distinct values counted exactly before the switch (default 2048). */
  readonly maxDistinct?: number;
}

/**
 * A streaming summary of one numeric outcome whose memory does not grow with the number of
 * values and whose merge is exact: n, nulls, exact min and max, exact Σx and Σx² (so the
 * mean and variance do not depend on order), and quantiles from exact counts per value
 * while there are at most `maxDistinct` distinct values (counts of events), else from
 * log buckets with relative accuracy α (DDSketch). Which of the two is used depends only on
 * the multiset of values, so any split into parts merges to the same state.
 *
 * Cost: O(1) per value (a map update for the counts); memory O(maxDistinct) or the number of
 * log buckets spanned.
 *
 * @example
 * const s = new Summary();
 * for (const x of [3, 1, null, 2]) s.add(x);
 * s.toState().counts; // => [[1, 1], [2, 1], [3, 1]]
 */
export class Summary {
  readonly relativeAccuracy: number;
  readonly maxDistinct: number;
  private n = 0;
  private nulls = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private readonly sum = new ExactSum();
  private readonly squares = new ExactSum();
  private counts: Map<number, number> | null = new Map();
  private sketch: LogSketch | null = null;

  /**
   * @param options - relativeAccuracy in (0, 1); maxDistinct an integer ≥ 0
   * @throws RangeError for invalid options
   */
  constructor(options: SummaryOptions = {}) {
    this.relativeAccuracy = options.relativeAccuracy ?? DEFAULT_RELATIVE_ACCURACY;
    this.maxDistinct = options.maxDistinct ?? DEFAULT_MAX_DISTINCT;
    if (!(this.relativeAccuracy > 0 && this.relativeAccuracy < 1))
      throw new RangeError(`relativeAccuracy must be in (0, 1), received ${this.relativeAccuracy}`);
    if (!(Number.isSafeInteger(this.maxDistinct) && this.maxDistinct >= 0))
      throw new RangeError(`maxDistinct must be an integer >= 0, received ${this.maxDistinct}`);
  }

  /**
   * Count one value; null counts as missing.
   * @param x - a finite number or null
   * @throws RangeError when x is NaN or infinite
   */
  add(x: number | null): void {
    if (x === null) {
      this.nulls++;
      return;
    }
    if (!Number.isFinite(x))
      throw new RangeError(`value must be a finite number or null, received ${x}`);
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.sum.add(x);
    this.squares.addSquare(x);
    if (this.counts !== null) {
      const c = this.counts.get(x);
      this.counts.set(x, c === undefined ? 1 : c + 1);
      if (c === undefined && this.counts.size > this.maxDistinct) this.switchToSketch();
    } else (this.sketch as LogSketch).add(x);
  }

  /**
   * Add another summary's values (exactly).
   * @param other - a summary with the same options; unchanged
   * @throws RangeError when the options differ
   */
  merge(other: Summary): void {
    if (other.maxDistinct !== this.maxDistinct || other.relativeAccuracy !== this.relativeAccuracy)
      throw new RangeError(
        `summaries must have equal options to merge, received maxDistinct ${this.maxDistinct} / ${other.maxDistinct}, relativeAccuracy ${this.relativeAccuracy} / ${other.relativeAccuracy}`,
      );
    this.n += other.n;
    this.nulls += other.nulls;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.sum.merge(other.sum);
    this.squares.merge(other.squares);
    if (this.counts !== null && other.counts !== null) {
      for (const [x, c] of other.counts) this.counts.set(x, (this.counts.get(x) ?? 0) + c);
      if (this.counts.size > this.maxDistinct) this.switchToSketch();
      return;
    }
    if (this.counts !== null) this.switchToSketch();
    const sketch = this.sketch as LogSketch;
    if (other.sketch !== null) sketch.merge(other.sketch);
    else for (const [x, c] of other.counts as Map<number, number>) sketch.add(x, c);
  }

  /** @returns the canonical JSON state */
  toState(): SummaryState {
    const empty = this.n === 0;
    return {
      n: this.n,
      nulls: this.nulls,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
      sum: this.sum.toString(),
      sumOfSquares: this.squares.toString(),
      maxDistinct: this.maxDistinct,
      relativeAccuracy: this.relativeAccuracy,
      counts: this.counts === null ? null : [...this.counts].sort((a, b) => a[0] - b[0]),
      sketch: this.sketch === null ? null : this.sketch.toState(),
    };
  }

  /**
   * Rebuild a summary from its state (e.g. a shard's JSON).
   * @param state - from `toState`
   * @returns the summary
   * @throws RangeError when the state is malformed
   */
  static fromState(state: SummaryState): Summary {
    const summary = new Summary({
      maxDistinct: state.maxDistinct,
      relativeAccuracy: state.relativeAccuracy,
    });
    if (!(Number.isSafeInteger(state.n) && state.n >= 0 && Number.isSafeInteger(state.nulls)))
      throw new RangeError(
        `summary state must have whole counts n and nulls, received ${state.n}, ${state.nulls}`,
      );
    if ((state.counts === null) === (state.sketch === null))
      throw new RangeError('summary state must have exactly one of counts and sketch');
    summary.n = state.n;
    summary.nulls = state.nulls;
    summary.min = state.min ?? Number.POSITIVE_INFINITY;
    summary.max = state.max ?? Number.NEGATIVE_INFINITY;
    summary.sum.merge(ExactSum.parse(state.sum, 'sum'));
    summary.squares.merge(ExactSum.parse(state.sumOfSquares, 'sumOfSquares'));
    summary.counts = state.counts === null ? null : new Map(state.counts.map(([x, c]) => [x, c]));
    summary.sketch = state.sketch === null ? null : LogSketch.fromState(state.sketch);
    return summary;
  }

  private switchToSketch(): void {
    const sketch = new LogSketch(this.relativeAccuracy);
    for (const [x, c] of this.counts as Map<number, number>) sketch.add(x, c);
    this.counts = null;
    this.sketch = sketch;
  }
}
