/** "1 question", "34 questions": counts in summaries read as sentences, not "34 question(s)". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
