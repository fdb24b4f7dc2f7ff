/**
 * A day's study time for the workload table. Below a minute it is told in seconds: a small
 * collection's few seconds a day read "0.0" minutes on every row, which looked broken.
 */
export function formatTimeADay(minutes: number): string {
  const seconds = minutes * 60;
  // 59.5 s and more would round to "60 s": a minute, told as such.
  if (seconds >= 59.5) return `${minutes.toFixed(1)} min`;
  if (seconds === 0) return "0 s";
  if (seconds < 0.5) return "under 1 s";
  return `${Math.round(seconds)} s`;
}
