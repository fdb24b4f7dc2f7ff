// Bank generation edges: the bank comes back sorted by id with unique ids and public ids, and
// a pack that yields the same question id twice (a repeated entry, a programme listed twice)
// fails loudly naming it. Each test was seen failing with its Stryker mutant applied by hand.
import { expect, test } from "vitest";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { generateQuestionBank } from "./generate";

// Lines 36-43 (a valid pack passes the checks; the bank is in strict id order).
test("the bank is sorted by id, with no id or public id repeated", () => {
  const bank = generateQuestionBank(buildFixturePack());
  const ids = bank.map((q) => q.id);
  expect(bank.length).toBeGreaterThan(30);
  for (let i = 1; i < ids.length; i++)
    expect((ids[i - 1] as string) < (ids[i] as string)).toBe(true);
  expect(new Set(bank.map((q) => q.publicId)).size).toBe(bank.length);
});

// Lines 38 and 40 (the check runs over the bank and fires on a repeat in its middle).
test("an entry written twice is a duplicate question id", () => {
  const pack = buildFixturePack();
  const alpha = pack.programmes.find((p) => p.id === "alpha");
  const entry = alpha?.reasons[0];
  if (!alpha || !entry) throw new Error("fixture changed: alpha has no reason entry");
  alpha.reasons.push({ ...entry });
  expect(() => generateQuestionBank(pack)).toThrow(
    new Error('duplicate question id "single-choice.reason:alpha:alpha-why-calm"'),
  );
});

// Line 40 (the repeat is caught at the very start of the bank too: each question is compared
// with the one before it, not after it).
test("a programme listed twice repeats the first question of the bank", () => {
  const pack = buildFixturePack();
  pack.programmes.push(pack.programmes[0] as (typeof pack.programmes)[number]);
  expect(() => generateQuestionBank(pack)).toThrow(
    new Error('duplicate question id "cloze.fact:alpha:alpha-start"'),
  );
});
