import { IRAQ_2020_ATTACKS } from './attacks.js';
import { IRAQ_2020_CLAIMS } from './claims.js';
import { IRAQ_2020_READINGS } from './iraq2020Reading.js';
import { ARTICLE_PARTS, BAGHDAD } from './sources.js';
import { IRAQ_2020_POLITICAL, IRAQ_2020_STRIKE } from './strike.js';

/**
 * The documented 2020 sequence of rocket attacks on bases housing US forces in Iraq, the
 * US-UK retaliation and the Iraqi reactions, every value with its provenance.
 *
 * Source: "By Killing Iraqi Soldiers & Police the US Ensures Attacks on Its Forces Will
 * Continue", Musings on Iraq (2020), plus the wire-report dates and times summarised in
 * DESIGN.md. Unknowns are `null`, ranges are `{ min, max }`, "about" is `approximate: true`.
 * Use `iraq2020Reading(name)` to put it on a time axis under one of three named readings.
 */
export const iraq2020 = {
  id: 'iraq-2020',
  title: 'Rocket attacks on US forces in Iraq and the US-UK retaliation, January-March 2020',
  source: ARTICLE_PARTS,
  timeZone: BAGHDAD,
  readings: IRAQ_2020_READINGS,
  attacks: IRAQ_2020_ATTACKS,
  strikes: [IRAQ_2020_STRIKE],
  political: IRAQ_2020_POLITICAL,
  claims: IRAQ_2020_CLAIMS,
} as const;
