import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parseCsv.js';
import { ensembleSummaryToCsv } from '../../src/experiments/ensembleSummaryToCsv.js';
import { OUTCOME_ROW_COLUMNS, outcomeRowsToCsv } from '../../src/experiments/outcomeRowsToCsv.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { withPolicy } from '../../src/experiments/withPolicy.js';
import { OUTCOME_NAMES } from '../../src/model/outcomes.js';
import { runCli } from '../../src/node/cli/main.js';
import { presets } from '../../src/scenario/presets.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import { tempFiles } from '../helpers/tempFiles.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('provenance of an ensemble', () => {
  it('records version, scenario, fingerprint, policy with parameters, seed and replicates', () => {
    const result = runEnsemble(presets['tit-for-tat-spiral'], {
      replicates: 4,
      seed: 'a',
      from: 2,
    });
    expect(result.provenance).toEqual({
      software: 'escalation-sim',
      version: LIBRARY_VERSION,
      scenario: 'tit-for-tat-spiral',
      fingerprint: result.state.fingerprint,
      policy: { name: 'titForTat', spec: presets['tit-for-tat-spiral'].foreignForce.policy },
      seed: 'a',
      replicates: 4,
      from: 2,
    });
  });

  it('tells an edited copy of a preset from the preset, though it keeps the name', () => {
    const preset = runEnsemble(presets['iraq-2020'], { replicates: 1, seed: 1 }).provenance;
    const edited = runEnsemble(
      { ...presets['iraq-2020'], horizonDays: 300 },
      { replicates: 1, seed: 1 },
    ).provenance;
    const otherPolicy = runEnsemble(withPolicy(presets['iraq-2020'], 'restraint'), {
      replicates: 1,
      seed: 1,
    }).provenance;
    expect(edited.scenario).toBe(preset.scenario);
    expect(new Set([preset.fingerprint, edited.fingerprint, otherPolicy.fingerprint]).size).toBe(3);
    expect(otherPolicy.policy).toEqual({
      name: 'restraint',
      spec: { name: 'restraint', params: {} },
    });
  });

  it('goes into every row of the summary CSV', () => {
    const result = runEnsemble(presets.restraint, { replicates: 3, seed: 1 });
    const { header, records } = parseCsv(ensembleSummaryToCsv(result));
    const at = (name: string) => header.indexOf(name);
    for (const { fields } of records) {
      expect(fields[at('version')]).toBe(LIBRARY_VERSION);
      expect(fields[at('fingerprint')]).toBe(result.state.fingerprint);
      expect(fields[at('policy')]).toBe('restraint');
    }
  });
});

describe('outcomeRowsToCsv', () => {
  it('writes one row per replicate, outcomes as in the rows, each with what made it', () => {
    const result = runEnsemble(presets['iraq-2020'], { replicates: 5, seed: 9, keepRows: true });
    const rows = result.rows ?? [];
    const { header, records } = parseCsv(outcomeRowsToCsv(rows, result.provenance));
    expect(header).toEqual([...OUTCOME_ROW_COLUMNS]);
    expect(records).toHaveLength(5);
    records.forEach(({ fields }, r) => {
      const row = rows[r] as unknown as Record<string, unknown>;
      expect(fields.slice(0, 6)).toEqual([
        LIBRARY_VERSION,
        'iraq-2020',
        result.state.fingerprint,
        expect.stringMatching(/^casualtyThreshold \{"threshold":1,/),
        '9',
        String(r),
      ]);
      OUTCOME_NAMES.forEach((name, k) => {
        const value = row[name];
        expect(fields[6 + k]).toBe(value === null ? '' : String(value));
      });
    });
  });
});

describe('escalation-sim run --rows', () => {
  const { file } = tempFiles('escalation-sim-rows-');
  it('prints the per-replicate table as CSV, or JSON with --json', () => {
    const csv = run('run', 'restraint', '--replicates', '7', '--rows');
    expect(csv.code).toBe(0);
    expect(csv.stdout.trim().split('\n')).toHaveLength(8);
    const json = JSON.parse(
      run('run', 'restraint', '--replicates', '2', '--rows', '--json').stdout,
    );
    expect(json.provenance.version).toBe(LIBRARY_VERSION);
    expect(json.rows.map((r: { replicate: number }) => r.replicate)).toEqual([0, 1]);
  });
  it('refuses --rows with several workers, and an edited file reports its own fingerprint', () => {
    expect(run('run', 'restraint', '--rows', '--workers', '2').code).toBe(2);
    const path = file('edited.json', JSON.stringify({ ...presets.restraint, horizonDays: 100 }));
    const edited = JSON.parse(run('run', path, '--replicates', '2', '--json').stdout);
    const preset = JSON.parse(run('run', 'restraint', '--replicates', '2', '--json').stdout);
    expect(edited.provenance.scenario).toBe('restraint');
    expect(edited.provenance.fingerprint).not.toBe(preset.provenance.fingerprint);
  });
});
