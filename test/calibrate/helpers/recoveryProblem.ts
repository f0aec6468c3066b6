import type { Prior } from '../../../src/calibrate/priors/Prior.js';

/** The attack-process parameters recovered from synthetic iraq-2020 records, and their truth. */
export const RECOVERY_TRUTH = {
  'militias.0.baseline': 0.2,
  'militias.0.branchingRatio': 0.4,
} as const;

export const RECOVERY_PRIORS: Record<string, Prior> = {
  'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 2 },
  'militias.0.branchingRatio': { type: 'uniform', min: 0, max: 0.95 },
};
