// Placeholder until scripts/calibrate-iraq-2020.ts writes it.
export interface CalibratedDefault {
  readonly path: string;
  readonly value: number;
  readonly source: string;
}
export const IRAQ_2020_CALIBRATION: {
  readonly settings: { readonly particles: number; readonly seed: number; readonly mode: string };
  readonly defaults: readonly CalibratedDefault[];
  readonly diagnostics: readonly Readonly<Record<string, string | number>>[];
} = { settings: { particles: 0, seed: 0, mode: 'replay' }, defaults: [], diagnostics: [] };
