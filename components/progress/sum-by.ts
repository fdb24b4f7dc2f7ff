/** Total of one numeric field over a list (answers over a month, due cards over the forecast). */
export function sumBy<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
