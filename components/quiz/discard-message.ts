/**
 * The question "Discard" asks before an unfinished quiz is deleted, saying what happens to its
 * answers (lib/server/quiz/discard-quiz-attempt.ts): practice answers, counted when checked,
 * keep counting; an exam counts only once submitted, so its saved answers go with it.
 */
export function discardMessage(mode: "practice" | "exam", answered: number): string {
  const what = mode === "exam" ? "exam" : "quiz";
  const ask = `Discard this unfinished ${what}? It leaves your list for good.`;
  if (answered === 0) return ask;
  const one = answered === 1;
  const answers = one ? "1 answer" : `${answered} answers`;
  return mode === "exam"
    ? `${ask} Its ${answers} ${one ? "goes" : "go"} with it: an exam counts only once it is ` +
        "submitted."
    : `${ask} The ${answers} you checked still ${one ? "counts" : "count"} towards your ` +
        "progress.";
}
