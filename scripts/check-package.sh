#!/usr/bin/env bash
# Pack the package as npm would publish it, install it into an empty project, and use it
# the three ways users do: `import`, `require` (with types), and the `escalation-sim` command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
npx publint
# dist/ is built already (npm install/ci runs the prepare script): pack it as it is.
tarball=$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)
npx attw "$work/$tarball" --profile node16

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund "./$tarball" typescript@~5.9 @types/node@20 >/dev/null

node --input-type=module -e "
import { fitHawkes, hawkesLogLikelihood, datasets } from 'escalation-sim';
import { runCli } from 'escalation-sim/node';
const ll = hawkesLogLikelihood([1, 2, 3.5, 7, 7.2], { baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 10);
if (Math.abs(ll + 10.214693667741852) > 1e-12) throw new Error('import: wrong log-likelihood ' + ll);
if (datasets.iraq2020.id !== 'iraq-2020' || typeof runCli !== 'function' || typeof fitHawkes !== 'function') throw new Error('import: missing exports');
console.log('import: ok');
"
node -e "
const { hawkesExpectedCount, createRng } = require('escalation-sim');
const { runCli } = require('escalation-sim/node');
const e = hawkesExpectedCount({ baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 20);
if (Math.abs(e - 27.500838656569762) > 1e-12) throw new Error('require: wrong expected count ' + e);
if (createRng(1)() !== createRng(1)() || typeof runCli !== 'function') throw new Error('require: wrong exports');
console.log('require: ok');
"
cat > check.ts <<'TS'
import { fitHawkes, type HawkesFit } from 'escalation-sim';
const fit: HawkesFit = fitHawkes([1, 2, 3.5, 7, 7.2], { horizon: 10, bootstrap: 0 });
const decay: number = fit.params.decay;
export { decay };
TS
npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --types node check.ts
echo 'types: ok'
npx escalation-sim fit iraq-2020:wire --bootstrap 0 --intervals none --json | node -e "
const fit = JSON.parse(require('fs').readFileSync(0, 'utf8'));
if (fit.events !== 10 || typeof fit.logLikelihood !== 'number') throw new Error('bin: unexpected output');
console.log('bin: ok');
"
