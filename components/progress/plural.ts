const COUNT = new Intl.NumberFormat("en-GB");

/** "1 question", "34 questions": counts in summaries read as sentences, not "34 question(s)". */
export function plural(count: number, one: string, many = `${one}s`): string {
  // One formatter for every count: toLocaleString("en-GB") set one up on each call.
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}
