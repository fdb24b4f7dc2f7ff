/**
 * Stable string hashing (pure): cyrb53, a fast 53-bit non-cryptographic hash. Used to derive
 * opaque ids (public question ids, matching/ordering item ids) and to pick distractors
 * deterministically; it never needs to resist an attacker, only to spread and to be stable
 * across runs, platforms and Node versions.
 */
export function hashString(value: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hex digest of `hashString`, padded; `length` up to 14 hex digits (53 bits). */
export function hashToHex(value: string, length = 12): string {
  return hashString(value).toString(16).padStart(14, "0").slice(-Math.min(length, 14));
}
