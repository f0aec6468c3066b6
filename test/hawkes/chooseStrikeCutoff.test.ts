import { describe, expect, it } from 'vitest';
import {
  AUTO_BOOTSTRAP_EVENTS,
  chooseStrikeCutoff,
} from '../../src/hawkes/fit/chooseStrikeCutoff.js';

describe('chooseStrikeCutoff', () => {
  const record = { events: 60, strikes: 50, priors: false };

  it('takes the bootstrap automatically up to the event threshold with two or more strikes', () => {
    expect(chooseStrikeCutoff('auto', record).method).toBe('bootstrap');
    expect(chooseStrikeCutoff('auto', { ...record, strikes: 2 }).method).toBe('bootstrap');
    const at = chooseStrikeCutoff('auto', { ...record, events: AUTO_BOOTSTRAP_EVENTS });
    expect(at.method).toBe('bootstrap');
  });

  it('keeps χ²₁ automatically past the threshold, with one strike, or with priors, saying why', () => {
    const large = chooseStrikeCutoff('auto', { ...record, events: AUTO_BOOTSTRAP_EVENTS + 1 });
    expect(large).toEqual({
      method: 'chiSquare',
      reason: `automatic: ${AUTO_BOOTSTRAP_EVENTS + 1} events (over ${AUTO_BOOTSTRAP_EVENTS}), where χ²₁ covers as stated and the bootstrap would refit about 100 records of this size`,
    });
    expect(chooseStrikeCutoff('auto', { ...record, strikes: 1 }).reason).toMatch(/one strike/);
    expect(chooseStrikeCutoff('auto', { ...record, priors: true }).reason).toMatch(/priors/);
  });

  it('follows an explicit choice, except the bootstrap with priors', () => {
    expect(chooseStrikeCutoff('chiSquare', record).method).toBe('chiSquare');
    const large = { ...record, events: 10_000, strikes: 1 };
    expect(chooseStrikeCutoff('bootstrap', large).method).toBe('bootstrap');
    expect(chooseStrikeCutoff('bootstrap', { ...record, priors: true }).method).toBe('chiSquare');
  });
});
