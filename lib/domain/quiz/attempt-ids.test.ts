import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { hashToHex } from "@/lib/domain/hash";
import { toPublicQuestion } from "@/lib/domain/questions/present";
import { maskQuestion, maskResponse, unmaskResponse, type IdMask } from "./attempt-ids";
import { correctResponse, wrongResponse } from "./correct-response";

const bank = generateQuestionBank(loadContent());
// A stand-in for the server's HMAC: any keyed one-way function will do here.
const maskFor =
  (attempt: string): IdMask =>
  (label) =>
    hashToHex(`${attempt}|${label}`, 20);

function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) =>
      /^(id|publicId|optionIds?|leftId|rightId|itemIds)$/.test(k)
        ? [v].flat().map(String)
        : idsOf(v),
    );
  return [];
}

describe("per-attempt ids", () => {
  test.each(bank.map((q) => [q.id, q] as const))("%s: masking keeps the grades", (_, q) => {
    const mask = maskFor("a");
    const shown = maskQuestion(q, mask);
    for (const response of [correctResponse(q), wrongResponse(q)]) {
      const masked = maskResponse(response, mask);
      expect(unmaskResponse(q, masked, mask)).toEqual(response);
      expect(gradeResponse(shown, masked)).toMatchObject({
        score: gradeResponse(q, response).score,
        correct: gradeResponse(q, response).correct,
      });
    }
    // What the browser sees: no stored id, and nothing shared with another attempt.
    const ids = idsOf(toPublicQuestion(shown));
    const stored = new Set(idsOf(toPublicQuestion(q)));
    expect(ids.filter((id) => stored.has(id))).toEqual([]);
    const other = new Set(idsOf(toPublicQuestion(maskQuestion(q, maskFor("b")))));
    expect(ids.filter((id) => other.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("an id that is not the attempt's passes through, for the fit check to refuse", () => {
    const q = bank.find((x) => x.kind === "single-choice")!;
    const response = { kind: "single-choice" as const, optionId: "not-an-option" };
    expect(unmaskResponse(q, response, maskFor("a"))).toEqual(response);
  });
});
