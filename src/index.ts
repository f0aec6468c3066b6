// The public surface: named re-exports only, no logic. Browser-safe: no Node built-ins.
export { createRng } from './random/createRng.js';
export type { RandomSource, Rng } from './random/createRng.js';
