/**
 * A 53-bit hash of a string as 14 hex digits: cyrb53, a public-domain hash after
 * MurmurHash3's mixing. Not cryptographic; a guard against merging or reusing results made
 * from different inputs by accident.
 *
 * @param text - the text to hash
 * @returns 14 hex digits
 * @example
 * cyrb53('escalation').length; // => 14
 * cyrb53('a') === cyrb53('b'); // => false
 */
export function cyrb53(text: string): string {
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
