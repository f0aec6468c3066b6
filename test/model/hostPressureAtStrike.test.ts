import { describe, expect, it } from 'vitest';
import { hostPressureAtStrike } from '../../scripts/hostPressureAtStrike.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { StrikeEvent } from '../../src/model/SimEvent.js';
import { presets } from '../../src/scenario/presets.js';

// The realism script explains missing host reactions by the pressure it recomputes from
// the event log; the engine's own pressure (carried by each political event) and the
// reactions at each strike must agree with that reading.
describe('host pressure recomputed at a strike (scripts/hostPressureAtStrike.ts)', () => {
  it('matches the engine on iraq-2020, and its case says which reactions the strike draws', () => {
    const scenario = presets['iraq-2020'];
    const seen = { compared: 0, aboveSummon: 0, betweenThresholds: 0, jumpShort: 0, belowBoth: 0 };
    for (let r = 0; r < 300; r++) {
      const { events } = runScenario(scenario, { seed: 'host-pressure', replicate: r });
      for (const e of events) {
        if (e.type !== 'strike') continue;
        const at = hostPressureAtStrike(scenario, events, e as StrikeEvent);
        seen[at.case]++;
        const levels = events.flatMap((p) =>
          p.type === 'political' && p.time === e.time ? [p] : [],
        );
        for (const p of levels) {
          expect(Math.abs(p.pressure - at.after)).toBeLessThanOrEqual(1e-12 * at.after);
          seen.compared++;
        }
        const names = levels.map((p) => p.level).filter((l) => l !== 'expulsion');
        if (at.case === 'belowBoth') expect(names).toEqual(['condemnation', 'summon']);
        if (at.case === 'aboveSummon' || at.case === 'betweenThresholds')
          expect(names).not.toContain('condemnation');
        if (at.case === 'aboveSummon' || at.case === 'jumpShort')
          expect(names).not.toContain('summon');
      }
    }
    // Every case occurs on these 300 years (seed host-pressure), so each assertion ran.
    expect(seen.compared).toBeGreaterThan(100);
    for (const c of ['aboveSummon', 'betweenThresholds', 'jumpShort', 'belowBoth'] as const)
      expect(seen[c]).toBeGreaterThan(0);
  });
});
