import type { CompiledScenario } from '../../model/compileScenario.js';
import type { PolicyDescription } from '../compare/policyChoice.js';

/** Why replicates are left out, for a window anchored on `anchor`. */
export function excludedReason(anchor: string): string {
  const strike = anchor === 'firstStrike' ? 'no strike' : 'no strike that killed host forces';
  return anchor === 'start'
    ? 'metric does not apply'
    : `${strike}, or a window past the start or the horizon`;
}

/** A policy with its parameters, e.g. `titForTat (delayDays 1, targets 5)`. */
export function describePolicy(p: PolicyDescription): string {
  const params = p.spec && 'params' in p.spec ? p.spec.params : undefined;
  const text = params
    ? Object.entries(params)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '';
  return text ? `${p.name} (${text})` : p.name;
}

/** The model's settings a verdict holds under: strike responses, intelligence, thresholds. */
export function modelConditions(s: CompiledScenario['scenario']): string {
  const militias = s.militias
    .map(
      (m) =>
        `${m.id}: strikeResponse ${m.strikeResponse}, hostDeathResponse ${m.hostDeathResponse} attacks, decay ${Number(m.strikeResponseDecay.toPrecision(3))}/day`,
    )
    .join('; ');
  const t = s.hostGovernment.thresholds;
  return `${militias}; intelligenceDays ${s.foreignForce.intelligenceDays}; host thresholds condemnation ${t.condemnation}, summon ${t.summon}, expulsion ${t.expulsion}`;
}
