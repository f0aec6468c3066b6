import type { CompiledScenario } from '../model/compileScenario.js';

/**
 * A short hash of a compiled scenario (its parsed JSON and its policy's name), recorded in
 * ensemble states so that shards of different scenarios are never merged by mistake.
 *
 * Reference: cyrb53 (a public-domain 53-bit string hash after MurmurHash3's mixing); not
 * cryptographic, only a guard against accidents.
 *
 * @param compiled - the compiled scenario
 * @returns 14 hex digits
 * @example
 * scenarioFingerprint(compileScenario(presets.restraint)).length; // => 14
 */
export function scenarioFingerprint(compiled: CompiledScenario): string {
  const text = `${JSON.stringify(compiled.scenario)}|${compiled.policy.meta.name}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
