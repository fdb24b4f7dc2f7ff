/**
 * Deterministic selection without a random source: walks a candidate list from a start and
 * stride derived from a salt (the question id), keeping the first `count` candidates that
 * `accept`. The walk visits every index once (the stride is coprime with the length), so it
 * is O(count) when most candidates are acceptable and never worse than O(length): the
 * generator stays linear in the size of the content, with no full scans or sorts per fact.
 */
import { hashString } from "./hash";

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export function pickStable<T>(
  candidates: readonly T[],
  count: number,
  salt: string,
  accept: (candidate: T, picked: readonly T[]) => boolean = () => true,
): T[] {
  const n = candidates.length;
  const picked: T[] = [];
  if (n === 0 || count <= 0) return picked;
  let index = hashString(salt) % n;
  let stride = 1 + (hashString(salt, 1) % n);
  while (n > 1 && gcd(stride, n) !== 1) stride++;
  for (let visited = 0; visited < n && picked.length < count; visited++) {
    const candidate = candidates[index] as T;
    if (accept(candidate, picked)) picked.push(candidate);
    index = (index + stride) % n;
  }
  return picked;
}
