// Breakdown rows with equal scores come in key order, whatever order the questions came in
// (a surviving mutant dropped the tie-break; README "Mutation testing").
import { expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { summarizeAttempt, type ScoredItem } from "./summarize-attempt";

const q = (topic: string, kind: Question["kind"]) =>
  ({ kind, tags: { topic, programmeIds: [topic], kind, template: "t" } }) as unknown as Question;

test.each([
  ["keys arrive in order", ["icp", "itpp", "pfp"]],
  ["keys arrive reversed", ["pfp", "itpp", "icp"]],
  ["keys arrive mixed", ["itpp", "pfp", "icp"]],
])("weakest first, ties by key: %s", (_name, topics) => {
  const items: ScoredItem[] = [
    ...topics.map((topic) => ({ question: q(topic, "cloze"), score: 0.5, correct: false })),
    { question: q("mdp", "cloze"), score: 0, correct: false },
  ];
  expect(summarizeAttempt(items).byProgramme.map((b) => b.key)).toEqual([
    "mdp",
    "icp",
    "itpp",
    "pfp",
  ]);
});
