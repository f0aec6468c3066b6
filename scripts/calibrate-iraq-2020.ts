// Calibrate the iraq-2020 preset to the documented 2020 record and write its calibrated
// defaults to src/scenario/presets/iraq2020Calibration.ts.
//
//   npx tsx scripts/calibrate-iraq-2020.ts [--check]
//
// ABC-SMC under each reading (table, text, wire; replay mode, the documented prior set
// iraq2020Priors, 1000 particles, seed 2020), pooled with equal weight. A parameter the
// record narrows (posterior sd at least 20% below the prior's under the pool) takes its
// pooled posterior median; one it leaves wide takes its prior median, and says so. The same
// code and seed give the same file, bit for bit: --check compares instead of writing and
// exits 1 on a difference (the slow tests run it).
import { readFileSync, writeFileSync } from 'node:fs';
import { iraq2020CalibrationSource } from './iraq2020CalibrationSource.js';

const target = new URL('../src/scenario/presets/iraq2020Calibration.ts', import.meta.url);
const text = await iraq2020CalibrationSource({ workers: 2, onReading: (r) => process.stderr.write(`calibrating ${r}…\n`) });
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    process.stderr.write('src/scenario/presets/iraq2020Calibration.ts differs from a fresh calibration; run: npx tsx scripts/calibrate-iraq-2020.ts\n');
    process.exit(1);
  }
  process.stderr.write('the calibrated preset matches a fresh calibration\n');
} else {
  writeFileSync(target, text);
  process.stderr.write(`wrote ${target.pathname}\n`);
}
