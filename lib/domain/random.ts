/**
 * Seeded randomness (pure-rand xoroshiro128+): the same seed string always yields the same
 * sequence, so a quiz presented with a seed can be rebuilt exactly. Randomness is always an
 * argument: nothing here reads a clock or Math.random().
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { hashString } from "./hash";

export interface Rng {
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
}

export function createRng(seed: string): Rng {
  // Fold the 53-bit hash into the 32-bit seed pure-rand expects, keeping the high bits.
  const h = hashString(seed);
  const generator: RandomGenerator = xoroshiro128plus((h ^ Math.floor(h / 4294967296)) | 0);
  return { int: (min, max) => uniformInt(generator, min, max) };
}

/** Fisher-Yates shuffle into a new array; the input is left untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** `count` distinct elements in random order (all of them when count >= length). */
export function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const out = items.slice();
  const k = Math.max(0, Math.min(count, out.length));
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, out.length - 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out.slice(0, k);
}
