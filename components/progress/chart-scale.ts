// The value axis of the dashboard's 30-day charts (drawn on the server as SVG): a "nice" top
// (1, 2 or 5 times a power of ten per step, at most four steps) so that the grid lines fall on
// round counts.

/** Steps that read well on an axis of whole counts: 1, 2, 5, 10, 20, 50, ... */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough)!;
}

/**
 * Tick values from 0 to a top at or above `max`, evenly spaced by a whole nice step, at most
 * `steps` steps. An all-zero series still gets an axis (0 and 1).
 */
export function countTicks(max: number, steps = 4): number[] {
  const step = max > 0 ? Math.max(1, niceStep(max / steps)) : 1;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}
