/**
 * The documented retaliation of March 2020, used where it informs a policy default (marked
 * `documented` there).
 *
 * - Trigger: the Camp Taji attack that killed two US and one UK soldier; the source: the
 *   US and UK "hit five Kataib Hezbollah targets in Iraq for the deaths of two American and
 *   one British soldiers". The earlier, non-lethal attacks in its table drew no strike.
 * - Targets: five sites (same sentence).
 * - Delay: wire reports date the attack about 19:30 local on March 11 and the strikes about
 *   01:15 local on March 13: 29.75 hours, about 1.25 days. The source (after Michael Knights)
 *   argues this haste meant poor intelligence and likely empty targets.
 */
export const DOCUMENTED_STRIKE = Object.freeze({
  /** Own deaths in the attack that drew the strike (2 US + 1 UK). */
  triggerKilled: 3,
  /** Own deaths that sufficed for a strike: the first lethal attack drew one. */
  threshold: 1,
  /** Sites struck. */
  targets: 5,
  /** Days from attack to strike (29.75 h). */
  delayDays: 1.25,
});
