// The answers a device saw confirmed, kept so that a copy of a quiz page older than them (the
// service worker's, reopened offline) still shows them (walk finding 3).
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import type { QuestionFeedback } from "@/lib/domain/quiz/player-view";
import { savedAnswersKey, type ListableStorage } from "./offline-storage-keys";
import {
  pruneSavedAnswers,
  rememberPlace,
  rememberSavedAnswer,
  savedAnswerAt,
  savedSince,
} from "./saved-answers";

function memoryStorage(): ListableStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();
const yes = { kind: "true-false", value: true } as const;
const no = { kind: "true-false", value: false } as const;

describe("savedSince", () => {
  test("keeps only what was saved after the view was made", () => {
    const storage = memoryStorage();
    rememberSavedAnswer(storage, "a1", 0, { response: yes, savedAt: at(1) });
    rememberSavedAnswer(storage, "a1", 1, { response: no, savedAt: at(3) });
    rememberSavedAnswer(storage, "a2", 2, { response: no, savedAt: at(3) });
    // A copy made at minute 2 knows question 1's answer already; question 2's is newer.
    expect(savedSince(storage, "a1", at(2))).toEqual({
      answers: [[1, { response: no, savedAt: at(3) }]],
      place: null,
    });
    // A view made later holds both (or something newer from another device): nothing to merge.
    expect(savedSince(storage, "a1", at(4))).toEqual({ answers: [], place: null });
  });

  test("the later save of a question wins, whatever order the replies came in", () => {
    const storage = memoryStorage();
    rememberSavedAnswer(storage, "a1", 0, { response: no, savedAt: at(5) });
    rememberSavedAnswer(storage, "a1", 0, { response: yes, savedAt: at(4) });
    expect(savedAnswerAt(storage, "a1", 0)).toEqual({ response: no, savedAt: at(5) });
    rememberSavedAnswer(storage, "a1", 0, { response: yes, savedAt: at(6) });
    expect(savedSince(storage, "a1", at(0)).answers).toEqual([
      [0, { response: yes, savedAt: at(6) }],
    ]);
  });

  test("where the learner was, when stored after the view", () => {
    const storage = memoryStorage();
    const place = { currentPosition: 3, flaggedPositions: [1], savedAt: at(3) };
    rememberPlace(storage, "a1", place);
    rememberPlace(storage, "a1", { currentPosition: 0, flaggedPositions: [], savedAt: at(2) });
    expect(savedSince(storage, "a1", at(2)).place).toEqual(place);
    expect(savedSince(storage, "a1", at(3)).place).toBeNull();
  });

  test("a practice answer keeps its verdict, read back through the schemas", () => {
    const question = generateQuestionBank(loadContent()).find((q) => q.kind === "matching")!;
    const response = correctResponse(question);
    const grade = gradeResponse(question, response);
    const feedback: QuestionFeedback = { ...grade, question };
    const storage = memoryStorage();
    rememberSavedAnswer(storage, "a1", 4, { response, feedback, savedAt: at(3) });
    expect(savedSince(storage, "a1", at(1)).answers).toEqual([
      [4, { response, feedback, savedAt: at(3) }],
    ]);
  });

  test.each([
    ["not JSON", "{oops"],
    [
      "a response of no known kind",
      JSON.stringify({ answers: { 0: { response: { kind: "x" }, savedAt: at(3) } } }),
    ],
    [
      "a time that is not one",
      JSON.stringify({ answers: { 0: { response: yes, savedAt: "soon" } } }),
    ],
    [
      "a position that is not one",
      JSON.stringify({ answers: { first: { response: yes, savedAt: at(3) } } }),
    ],
  ])("storage edited by hand (%s) gives nothing", (_label, raw) => {
    const storage = memoryStorage();
    storage.setItem(savedAnswersKey("a1"), raw);
    expect(savedSince(storage, "a1", at(0))).toEqual({ answers: [], place: null });
  });
});

test("pruning forgets attempts not saved to for the given time, and unreadable entries", () => {
  const storage = memoryStorage();
  rememberSavedAnswer(storage, "old", 0, { response: yes, savedAt: at(0) });
  rememberSavedAnswer(storage, "recent", 0, { response: yes, savedAt: at(0) });
  rememberPlace(storage, "recent", { currentPosition: 1, flaggedPositions: [], savedAt: at(50) });
  storage.setItem(savedAnswersKey("broken"), "{oops");
  storage.setItem("quiz-attempt:old:unsent-answers", "[]");
  pruneSavedAnswers(storage, Date.parse(at(59)), 30 * 60_000);
  expect([...storage.data.keys()].sort()).toEqual([
    "quiz-attempt:old:unsent-answers",
    savedAnswersKey("recent"),
  ]);
});
