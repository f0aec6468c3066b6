import { describe, expect, it } from 'vitest';
import { casualtyThreshold } from '../../src/policies/casualtyThreshold.js';
import { deliberate } from '../../src/policies/deliberate.js';
import { generousTitForTat } from '../../src/policies/generousTitForTat.js';
import { graduated } from '../../src/policies/graduated.js';
import { massive } from '../../src/policies/massive.js';
import { pressureAware } from '../../src/policies/pressureAware.js';
import { proportional } from '../../src/policies/proportional.js';
import { restraint } from '../../src/policies/restraint.js';
import { titForTat } from '../../src/policies/titForTat.js';
import { forbiddenRng, H, playScript, S, script, scriptedRng } from './scriptBuilder.js';

// One scripted campaign, loosely after early 2020: harmless rockets, a wounding attack, the
// deadly attack (3 killed, 12 wounded), the 33-rocket reply a day and a half later, host
// pressure near expulsion, a quiet month and more, then a deadly attack while the home
// audience is indifferent. Step numbers (1-based) are referred to below.
const campaign = script()
  .attack(0, { rockets: 3 }) // 1
  .daily(1) // 2
  .attack(5, { wounded: 2 }) // 3
  .daily(6) // 4
  .attack(10, { killed: 3, wounded: 12, rockets: 30 }) // 5
  .daily(11) // 6
  .attack(11.5, { wounded: 3, rockets: 33 }) // 7
  .daily(12, { hostPressure: 9 }) // 8: host pressure 9 of 10
  .attack(13, { killed: 1 }) // 9
  .daily(20, { hostPressure: 2 }) // 10
  .attack(60, { killed: 1 }, { domesticPressure: 0 }) // 11: 47 quiet days; no domestic pressure
  .attack(61, { wounded: 1 }, { domesticPressure: 1 }).steps; // 12

const play = (policy: Parameters<typeof playScript>[0]) =>
  playScript(policy, campaign, forbiddenRng);
const doc = S(1.25, 5, 0.5); // the documented March 2020 strike with the default care

describe('scripted duels: each policy against the same campaign', () => {
  it('restraint never strikes', () => {
    expect(play(restraint())).toEqual(Array(12).fill(H));
  });

  it('titForTat answers every attack, never a daily check', () => {
    expect(play(titForTat())).toEqual([doc, H, doc, H, doc, H, doc, H, doc, H, doc, doc]);
  });

  it("titForTat with respondTo 'costly' ignores the harmless first attack", () => {
    const t = S(2, 1, 0.7);
    const actions = play(titForTat({ respondTo: 'costly', delayDays: 2, targets: 1, care: 0.7 }));
    expect(actions).toEqual([H, H, t, H, t, H, t, H, t, H, t, t]);
  });

  it('casualtyThreshold (defaults, documented) strikes only after attacks that kill', () => {
    expect(play(casualtyThreshold())).toEqual([H, H, H, H, doc, H, H, H, doc, H, doc, H]);
  });

  it("casualtyThreshold counting 'sinceLastStrike' accumulates deaths and holds while a strike is pending", () => {
    // Step 5: 3 killed >= 2. Step 9: 1 killed since the strike decided at 10. Step 11: 1 + 1 = 2.
    // Step 12: the strike decided at 60 is still pending (lands 61.25).
    const actions = play(casualtyThreshold({ threshold: 2, count: 'sinceLastStrike' }));
    expect(actions).toEqual([H, H, H, H, doc, H, H, H, H, H, doc, H]);
  });

  it('proportional strikes ceil(5/3 per death) sites and ignores wounds by default', () => {
    const two = S(1.25, 2, 0.5);
    expect(play(proportional())).toEqual([H, H, H, H, doc, H, H, H, two, H, two, H]);
  });

  it('proportional with a weight on wounds, capped by maxTargets', () => {
    // Step 3: 2 wounded × 0.5 = 1. Step 5: 3 × 5/3 + 12 × 0.5 = 11, capped at 8.
    // Step 7: 1.5 → 2. Step 9: 5/3 → 2. Step 11: 2. Step 12: 0.5 → 1.
    const t = (n: number) => S(1.25, n, 0.5);
    const actions = play(proportional({ targetsPerWounded: 0.5, maxTargets: 8 }));
    expect(actions).toEqual([H, H, t(1), H, t(8), H, t(2), H, t(2), H, t(2), t(1)]);
  });

  it('graduated climbs 1, 2, 5, 10, stays on the top rung, and resets after 30 quiet days', () => {
    const t = (n: number) => S(1.25, n, 0.5);
    // Step 12: the strike decided at 60 is pending, so the episode has one strike: rung 2.
    expect(play(graduated())).toEqual([t(1), H, t(2), H, t(5), H, t(10), H, t(10), H, t(1), t(2)]);
  });

  it('graduated with quietDays 3 resets between attacks 5 days apart', () => {
    const t = (n: number) => S(1.25, n, 0.5);
    // Gaps: 5 (reset), 5 (reset), 1.5, 1.5, 47 (reset), 1.
    const actions = play(graduated({ quietDays: 3 }));
    expect(actions).toEqual([t(1), H, t(1), H, t(1), H, t(2), H, t(5), H, t(1), t(2)]);
  });

  it('deliberate answers deadly attacks after a week, folding attacks into a pending strike', () => {
    const d = S(7, 5, 0.9);
    // Step 9 (killed 1 at day 13) comes while the day-10 strike is pending (lands day 17).
    expect(play(deliberate())).toEqual([H, H, H, H, d, H, H, H, H, H, d, H]);
  });

  it('massive answers every attack with 20 sites within half a day', () => {
    const m = S(0.5, 20, 0.2);
    expect(play(massive())).toEqual([m, H, m, H, m, H, m, H, m, H, m, m]);
  });

  it('pressureAware holds near the expulsion threshold and when domestic pressure is nil', () => {
    // Step 9: host pressure 9 (+6 for this strike) >= 0.8 × 10. Step 11: domestic pressure 0.
    // Step 12: host pressure 2 + 6 for this strike reaches 8 = 0.8 × 10: it looks ahead.
    expect(play(pressureAware())).toEqual([doc, H, doc, H, doc, H, doc, H, H, H, H, H]);
    // Without the look-ahead it reads the current pressure only, and strikes at step 12.
    expect(play(pressureAware({ strikePressure: 0 }))).toEqual([
      doc,
      H,
      doc,
      H,
      doc,
      H,
      doc,
      H,
      H,
      H,
      H,
      doc,
    ]);
  });

  it('generousTitForTat forgives when the draw is below 1/3, drawing once per attack', () => {
    const rng = scriptedRng([0.9, 0.1, 0.5, 0.2, 0.8, 0.4, 0.3333]);
    const actions = playScript(generousTitForTat(), campaign, rng);
    expect(actions).toEqual([doc, H, H, H, doc, H, H, H, doc, H, doc, H]);
    expect(rng.count).toBe(7);
  });

  it('generousTitForTat with forgiveness 0 is titForTat and never draws', () => {
    expect(play(generousTitForTat({ forgiveness: 0 }))).toEqual(play(titForTat()));
  });
});
