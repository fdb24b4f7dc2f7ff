/**
 * Optimal string alignment distance (restricted Damerau-Levenshtein): the fewest insertions,
 * deletions, substitutions and swaps of two adjacent characters turning one string into the
 * other, no substring edited twice. A swapped pair ("Polnad" for "Poland") is one edit, where
 * plain Levenshtein counts two. Written here because the npm packages for it are unmaintained
 * (damerau-levenshtein 1.0.8 also returns the string's length instead of the distance once a
 * diagonal cell passes 4); fastest-levenshtein, used elsewhere, has no transpositions.
 * `limit` stops early: any result above it is reported as limit + 1.
 */
export function osaDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] as number, limit + 1);
}
