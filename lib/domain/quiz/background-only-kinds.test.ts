import { expect, test } from "vitest";
import type { QuestionKind } from "@/lib/domain/questions/types";
import { backgroundOnlyKinds } from "./background-only-kinds";

const of = (...kinds: QuestionKind[]) => kinds.map((kind) => ({ kind }));

test.each<[string, QuestionKind[], QuestionKind[], QuestionKind[]]>([
  ["a kind the source asks too is not listed", ["ordering", "cloze"], ["ordering", "cloze"], []],
  ["a kind only the background asks is", ["ordering", "cloze"], ["cloze"], ["ordering"]],
  ["a kind neither bank asks", ["cloze"], ["cloze"], []],
  // In the order the forms list the kinds, not the banks' order.
  [
    "several, in the forms' order",
    ["ordering", "matching", "cloze"],
    ["cloze"],
    ["matching", "ordering"],
  ],
])("%s", (_, bank, sourceOnlyBank, expected) => {
  expect(backgroundOnlyKinds({ bank: of(...bank), sourceOnlyBank: of(...sourceOnlyBank) })).toEqual(
    expected,
  );
});
