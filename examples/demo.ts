/**
 * `npm run demo`: the main job on the embedded data set — fit the attack process to each
 * reading of the documented 2020 sequence — then the two examples: one simulated year of
 * the iraq-2020 preset as a timeline, and three retaliation policies compared.
 */
import { runCli } from 'escalation-sim/node';
import { main as timeline } from './01-iraq-2020-timeline.js';
import { main as comparison } from './02-policy-comparison.js';

const write = (text: string) => process.stdout.write(text);
const code = runCli(['demo'], { stdout: write, stderr: (text) => process.stderr.write(text) });
if (code !== 0) process.exit(typeof code === 'number' ? code : 1);

console.log(
  '\n── Example 1: the first 120 days of one simulated year (examples/01-iraq-2020-timeline.ts)\n',
);
timeline({ seed: 7, days: 120 });
console.log(
  '\n── Example 2: three policies on common random numbers (examples/02-policy-comparison.ts)\n',
);
comparison({ replicates: 2000, seed: 1 });
