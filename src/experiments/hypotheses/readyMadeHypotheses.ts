import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import { presets } from '../../scenario/presets.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import type { HypothesisSpec } from './HypothesisSpec.js';

/** What every ready-made hypothesis runs with. */
export interface ReadyMadeOptions {
  /** Default the `iraq-2020` preset. */
  readonly scenario?: Scenario | ScenarioInput;
  readonly replicates: number;
  readonly seed: number | string;
  /** Integrate over parameter draws (a posterior from calibrate). */
  readonly posterior?: ParameterDraws;
  /** Days counted after the strike in H1 and H4 (default 30). */
  readonly windowDays?: number;
}

/** Builds the hypothesis tests of one ready-made hypothesis from its options. */
export type HypothesisBuilder = (o: ReadyMadeOptions) => readonly HypothesisSpec[];

const common = (o: ReadyMadeOptions) => ({
  scenario: o.scenario ?? presets['iraq-2020'],
  replicates: o.replicates,
  seed: o.seed,
  ...(o.posterior ? { posterior: o.posterior } : {}),
});

// The March 2020 strike (five sites) at equal care, for H2's two delays.
const strikeAfterDeaths = (delayDays: number) => ({
  name: 'casualtyThreshold' as const,
  params: { threshold: 1, count: 'attack' as const, delayDays, targets: 5, care: 0.5 },
});

/**
 * The four hypotheses of DESIGN.md as ready-made experiments (each one or two tests), for
 * `testHypothesis` on `iraq-2020` or any scenario. Each states what in the model drives it.
 *
 * - H1 provocation: attacks in the N days after the first strike that kills host forces,
 *   against the same replicate with that strike withheld.
 * - H2 haste: a strike 6 hours after a deadly attack against one after 5 days, at equal
 *   care (0.5) and targets (5): militia fighters killed, and host forces killed.
 * - H3 expulsion: whether the host demands withdrawal within the horizon under the
 *   scenario's policy against restraint, and how soon against striking after every attack.
 * - H4 resolve: attacks in the N days after the first strike against the same replicate
 *   without it, and against the N days before it in the same run.
 *
 * @example
 * HYPOTHESES.H2({ replicates: 100, seed: 1 }).length; // => 2
 */
export const HYPOTHESES: Readonly<Record<'H1' | 'H2' | 'H3' | 'H4', HypothesisBuilder>> =
  Object.freeze({
    H1: (o: ReadyMadeOptions): HypothesisSpec[] => {
      const days = o.windowDays ?? 30;
      return [
        {
          ...common(o),
          name: 'H1 provocation',
          question: `does a strike that kills host forces raise the militia's attacks in the ${days} days after it?`,
          control: 'withheld',
          metric: 'attacks',
          window: { from: 0, to: days, anchor: 'firstStrikeKillingHost' },
          direction: 'greater',
          drivers:
            'the sign and size of hostDeathResponse and strikeResponse (extra attacks per host death and per strike) against what the strike takes away: occupied sites hit cost capability (capabilityLossPerHit, more hits the better the intelligence, q = 1 − e^{−delay/intelligenceDays}), and the host pressure the strike adds can bring an expulsion demand, after which no attacks on the force are counted. With no response at all the strike can only lower attacks.',
        },
      ];
    },
    H2: (o: ReadyMadeOptions): HypothesisSpec[] => {
      const shared = {
        ...common(o),
        treatment: strikeAfterDeaths(0.25),
        control: strikeAfterDeaths(5),
        drivers:
          'intelligence decay: a strike after delay d finds each site occupied with probability q = 1 − e^{−d/intelligenceDays} (q ≈ 0.035 after 6 hours and 0.51 after 5 days at 7 days), occupied hits kill fighters, and collateral host deaths fall with care and q. Waiting costs nothing in the model (no target moves while the force waits; more attacks may come in between), which favours the deliberate strike by construction.',
      };
      return [
        {
          ...shared,
          name: 'H2 haste (militia losses)',
          question:
            'does a strike within hours kill fewer militia fighters over the year than a deliberate one at equal care?',
          metric: 'militiaLosses',
          direction: 'less',
        },
        {
          ...shared,
          name: 'H2 haste (host deaths)',
          question:
            'does a strike within hours kill more host forces over the year than a deliberate one at equal care?',
          metric: 'hostKilledByStrikes',
          direction: 'greater',
        },
      ];
    },
    H3: (o: ReadyMadeOptions): HypothesisSpec[] => {
      const drivers =
        'the host pressure each strike adds (perStrike, perHostDeath) against its decay and the expulsion threshold; hence how often the policy strikes and how many host forces its strikes kill.';
      return [
        {
          ...common(o),
          name: 'H3 expulsion',
          question:
            "does the policy raise the chance that the host government demands the force's withdrawal within the horizon, against restraint?",
          control: 'restraint',
          metric: 'expulsionDemanded',
          direction: 'greater',
          drivers,
        },
        {
          ...common(o),
          name: 'H3 expulsion (how soon)',
          question:
            'when both lead to a demand, does the policy bring it later than striking after every attack (titForTat, same strike)?',
          control: {
            name: 'titForTat',
            params: { respondTo: 'every', delayDays: 1.25, targets: 5, care: 0.25 },
          },
          metric: 'expulsionDay',
          direction: 'greater',
          drivers,
        },
      ];
    },
    H4: (o: ReadyMadeOptions): HypothesisSpec[] => {
      const days = o.windowDays ?? 30;
      const window = { from: 0, to: days, anchor: 'firstStrike' as const };
      const drivers =
        'strikeResponse (negative: deterrence by punishment) and capability loss (deterrence by denial) against hostDeathResponse. After-against-before also carries self-excitation: the first strike answers a deadly attack inside a cluster of attacks (branchingRatio, decay), so the rate before it is high by selection — the counterfactual is free of that.';
      return [
        {
          ...common(o),
          name: 'H4 resolve (counterfactual)',
          question: `did the first strike lower the attacks of the ${days} days after it, against the same replicate without it?`,
          control: 'withheld',
          metric: 'attacks',
          window,
          direction: 'less',
          drivers,
        },
        {
          ...common(o),
          name: 'H4 resolve (before and after)',
          question: `were there fewer attacks in the ${days} days after the first strike than in the ${days} days before it?`,
          control: 'same-run',
          metric: 'attacks',
          window,
          controlWindow: { from: -days, to: 0, anchor: 'firstStrike' },
          direction: 'less',
          drivers,
        },
      ];
    },
  });
