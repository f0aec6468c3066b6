import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calibrationFingerprint } from '../../src/calibrate/calibrationFingerprint.js';
import { presets } from '../../src/scenario/presets.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import { cli, HYPOTHESIS_SPEC } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tempFiles.js';

// Count every simulated run and every worker thread started, to check that bad input is
// refused before any of them.
const work = vi.hoisted(() => ({ runs: 0, threads: 0 }));
vi.mock('../../src/model/simulateRun.js', async (original) => {
  const real = await original<typeof import('../../src/model/simulateRun.js')>();
  return {
    ...real,
    simulateRun: (...a: Parameters<typeof real.simulateRun>) => {
      work.runs++;
      return real.simulateRun(...a);
    },
  };
});
vi.mock('../../src/node/pool/workerScript.js', async (original) => {
  const real = await original<typeof import('../../src/node/pool/workerScript.js')>();
  return {
    ...real,
    startEnsembleWorker: () => {
      work.threads++;
      return real.startEnsembleWorker();
    },
  };
});

const { dir, file } = tempFiles('escalation-sim-refuse-');
const P = ['--param', 'militias.0.baseline=0.05:0.1'];
const spec = HYPOTHESIS_SPEC;
// A posterior of the preset's policy delay: H1 and H2 run with it, but H3's control
// (restraint) has no delay, so `test all` must refuse it before H1 runs.
const delayPaths = ['foreignForce.policy.params.delayDays'];
const posteriorFile = () =>
  file(
    'delay-posterior.json',
    JSON.stringify({
      kind: 'escalation-sim/posterior',
      formatVersion: 1,
      paths: delayPaths,
      draws: [[1], [2]],
      weights: [0.5, 0.5],
      priors: [{ type: 'uniform', min: 0.5, max: 3 }],
      provenance: {
        library: LIBRARY_VERSION,
        scenario: 'iraq-2020',
        fingerprint: calibrationFingerprint(presets['iraq-2020'], delayPaths),
      },
    }),
  );

/** [argv, the message it must give]. */
const CASES: [string[], RegExp][] = [
  // compare
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titfortat'],
    /must be one of restraint, titForTat/,
  ],
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--outcomes', 'atacks'],
    /unknown outcome "atacks"; valid outcomes: attacks/,
  ],
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--baseline', 'massive'],
    /baseline/,
  ],
  [
    [
      'compare',
      'iraq-2020',
      '--policies',
      'restraint,titForTat',
      '--policy',
      '{"name":"titForTat","params":{"cair":1}}',
    ],
    /cair/,
  ],
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--posterior', 'missing.json'],
    /cannot read --posterior missing.json/,
  ],
  // test
  [['test', 'H5'], /unknown hypothesis "H5"; give H1, H2, H3, H4, all/],
  [
    ['test', 'all', '--strike-response', 'provocative'],
    /--strike-response must be one of deterring, neutral, provoking/,
  ],
  [['test', 'all', '--window-days', '400'], /window .* outside the horizon/],
  [['test', 'H1', '--window-days', '0'], /--window-days must be a number of days > 0/],
  [['test', 'H2', '--permutations', '0'], /--permutations must be a whole number >= 1/],
  [['test', 'H3', '--posterior', 'missing.json'], /cannot read --posterior missing.json/],
  [
    ['test', 'all', '--posterior', 'DELAY_POSTERIOR'],
    /"foreignForce.policy.params.delayDays" is not a numeric field of the scenario/,
  ],
  [['test', 'EXP:window'], /window \(0, 400\] lies outside the horizon/],
  [
    ['test', 'EXP:metric'],
    /metric "atacks" is not countable over a window; valid metrics: attacks/,
  ],
  [['test', 'EXP:policy'], /must be one of restraint/],
  // sweep
  [
    ['sweep', 'iraq-2020', '--param', 'militias.0.baseLine=0:1'],
    /Did you mean "militias.0.baseline"\?/,
  ],
  [['sweep', 'iraq-2020', '--param', 'militias.0.id=0:1'], /not numeric|numeric/],
  [
    ['sweep', 'iraq-2020', '--param', 'militias.0.baseline=0.1:0.05'],
    /must have finite low < high/,
  ],
  [
    ['sweep', 'iraq-2020', ...P, '--design', 'lhs', '--points', '0'],
    /points must be an integer >= 1/,
  ],
  [['sweep', 'iraq-2020', ...P, '--points', '1'], /points/],
  [['sweep', 'iraq-2020', ...P, '--design', 'sobol'], /--design must be grid or lhs/],
  [['sweep', 'iraq-2020', ...P, '--outcomes', 'atacks'], /unknown outcome "atacks"/],
  [['sweep', 'iraq-2020', ...P, '--policies', 'restraint,massiv'], /must be one of/],
  [['sweep', 'iraq-2020', '--param', 'militias.0.branchingRatio=0.5:1.5'], /branchingRatio/],
  // sensitivity
  [['sensitivity', 'iraq-2020', '--method', 'sobel', ...P], /--method must be morris or sobol/],
  [
    ['sensitivity', 'iraq-2020', '--method', 'sobol', ...P, '--samples', '4'],
    /samples must be an integer >= 16/,
  ],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', ...P, '--outcome', 'atacks'],
    /outcome.*atacks/,
  ],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', '--param', 'militias.0.baseline=0.1:0.1'],
    /must have finite low < high/,
  ],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', '--param', 'militia.0.baseline=0.05:0.1'],
    /militia/,
  ],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', ...P, '--policy', 'titfortat'],
    /must be one of/,
  ],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', ...P, '--trajectories', '0'],
    /--trajectories must be a whole number >= 1/,
  ],
  // discover
  [
    ['discover', 'iraq-2020', ...P, '--outcome', 'expulsion.mean', '--above', '0.3'],
    /expulsion\.mean.*expulsionDemanded\.mean/,
  ],
  [['discover', 'iraq-2020', ...P, '--outcome', 'attacks.mean'], /above|below/],
  [
    ['discover', 'iraq-2020', ...P, '--outcome', 'attacks.mean', '--above', '1', '--below', '2'],
    /above|below/,
  ],
  [
    [
      'discover',
      'iraq-2020',
      ...P,
      '--outcome',
      'attacks.mean',
      '--above',
      '2',
      '--threshold',
      '1.5',
    ],
    /--threshold must be a density in \(0, 1\]/,
  ],
  [
    ['discover', 'iraq-2020', ...P, '--outcome', 'attacks.mean', '--above', '2', '--points', '0'],
    /points must be an integer >= 1/,
  ],
  [
    ['discover', 'iraq-2020', ...P, '--outcome', 'attacks.mean', '--above', '2', '--points', '1'],
    /--points must be at least 2 for discover/,
  ],
  [
    [
      'discover',
      'iraq-2020',
      '--param',
      'militias.0.baseline=0.1:0.05',
      '--outcome',
      'attacks.mean',
      '--above',
      '2',
    ],
    /must have finite low < high/,
  ],
];

const WORKER_CASES: [string[], RegExp][] = [
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--workers', '0'],
    /--workers must be a whole number >= 1/,
  ],
  [['sweep', 'iraq-2020', ...P, '--workers', '1.5'], /--workers must be a whole number >= 1/],
  [
    ['sensitivity', 'iraq-2020', '--method', 'morris', ...P, '--workers', 'two'],
    /--workers must be a whole number >= 1/,
  ],
  [
    ['discover', 'iraq-2020', ...P, '--outcome', 'attacks.mean', '--above', '2', '--workers=-1'],
    /--workers must be a whole number >= 1/,
  ],
  [['test', 'H1', '--workers', '2', '--shard', '0/2'], /--workers must be 1/],
  [
    ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--replicates', '0'],
    /--replicates must be a whole number >= 1/,
  ],
];

function expand(argv: string[]): string[] {
  const [command, what] = argv;
  if (argv.includes('DELAY_POSTERIOR'))
    return argv.map((a) => (a === 'DELAY_POSTERIOR' ? posteriorFile() : a));
  if (command !== 'test' || !what?.startsWith('EXP:')) return argv;
  const kind = what.slice(4);
  const changed =
    kind === 'window'
      ? { ...spec, window: { from: 0, to: 400 } }
      : kind === 'metric'
        ? { ...spec, metric: 'atacks' }
        : { ...spec, control: 'restrain' };
  return ['test', file(`${kind}.json`, JSON.stringify(changed)), ...argv.slice(2)];
}

describe('experiment commands refuse bad input before any run or thread', () => {
  afterEach(() => {
    work.runs = 0;
    work.threads = 0;
  });
  const out = join(dir, 'never.out');
  // On this thread, on worker threads, and as a shard (discover has no shards).
  const modes = [
    ['--workers', '1'],
    ['--workers', '2'],
    ['--shard', '0/2'],
  ];
  for (const mode of modes)
    for (const [argv, message] of CASES.filter(
      ([a]) => mode[0] === '--workers' || a[0] !== 'discover',
    ))
      it(`${argv.join(' ')} ${mode.join(' ')}`, async () => {
        const { code, stderr, stdout } = await cli(
          ...expand(argv),
          '--replicates',
          '3',
          ...mode,
          '--out',
          out,
        );
        expect(stderr).toMatch(message);
        expect(code).toBeGreaterThan(0);
        expect(stdout).toBe('');
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(stderr).toMatch(new RegExp(`^escalation-sim ${argv[0]}: `));
        expect(existsSync(out)).toBe(false);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(work).toEqual({ runs: 0, threads: 0 });
      });
  for (const [argv, message] of WORKER_CASES)
    it(argv.join(' '), async () => {
      const { code, stderr } = await cli(...argv, '--out', out);
      expect(stderr).toMatch(message);
      expect(code).toBeGreaterThan(0);
      expect(existsSync(out)).toBe(false);
      expect(work).toEqual({ runs: 0, threads: 0 });
    });
});
