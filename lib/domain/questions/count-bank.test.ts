import { expect, test } from "vitest";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { countBankByProgramme } from "./count-bank";
import { generateQuestionBank } from "./generate";
import { QUESTION_KINDS } from "./types";

test("counts add up per programme, per kind and in total", () => {
  const pack = buildFixturePack();
  const bank = generateQuestionBank(pack);
  const cards = generateFlashcards(pack);
  const { rows, total } = countBankByProgramme(
    pack.programmes.map((p) => p.id),
    bank,
    cards,
  );
  expect(rows.map((r) => r.programmeId)).toEqual(pack.programmes.map((p) => p.id));
  expect(total.questions).toBe(bank.length);
  expect(total.flashcards).toBe(cards.length);
  expect(rows.reduce((n, r) => n + r.questions, 0)).toBe(bank.length);
  for (const kind of QUESTION_KINDS) {
    expect(total.byKind[kind]).toBe(bank.filter((q) => q.kind === kind).length);
    expect(rows.reduce((n, r) => n + r.byKind[kind], 0)).toBe(total.byKind[kind]);
  }
  for (const r of rows)
    expect(r.questions).toBe(bank.filter((q) => q.tags.programmeIds[0] === r.programmeId).length);
});
