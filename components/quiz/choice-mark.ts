import type { AnswerMark } from "./answer-mark";

type Mark = Parameters<typeof AnswerMark>[0];

/** How a graded option is labelled: the key is "Correct answer", a wrong pick "Your answer". */
export function choiceMark(isKey: boolean, chosen: boolean): Mark | undefined {
  if (isKey) return { tone: "right", label: chosen ? "Your answer · correct" : "Correct answer" };
  if (chosen) return { tone: "wrong", label: "Your answer" };
  return undefined;
}
