import { presets } from './src/index.js';
import { testHypothesis } from './src/experiments/testHypothesis.js';
const iraq = presets['iraq-2020'];
const prov = { ...iraq, militias: iraq.militias.map((m) => ({ ...m, hostDeathResponse: 0.5 })) };
for (const scenario of [iraq, prov]) {
let t0 = Date.now();
const h1 = testHypothesis({ name: 'H1 provocation', scenario, control: 'withheld', metric: 'attacks', window: { from: 0, to: 30, anchor: 'firstStrikeKillingHost' }, direction: 'greater', replicates: 1000, seed: 1 });
console.log(Date.now() - t0, h1.text, '\n');
t0 = Date.now();
const h3 = testHypothesis({ name: 'H3', scenario, control: 'restraint', metric: 'expulsionDemanded', direction: 'greater', replicates: 1000, seed: 1 });
console.log(Date.now() - t0, h3.text, '\n');
const h4 = testHypothesis({ name: 'H4', scenario, control: 'same-run', metric: 'attacks', window: { from: 0, to: 30, anchor: 'firstStrike' }, controlWindow: { from: -30, to: 0, anchor: 'firstStrike' }, direction: 'two-sided', replicates: 1000, seed: 1 });
console.log(h4.text, '\n');
}
