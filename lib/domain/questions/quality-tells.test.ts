/**
 * Measure 17, words that mark wrong options: a learner who has seen the rest of the bank strikes
 * out options holding a word that was wrong in three other questions and right in none. Each
 * rule below was seen failing with it broken (the word counted from the question itself, keys
 * elsewhere ignored, recall questions let in, a lone key let pass, a multiple-select question's
 * key holding the word ignored).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { measureDistractorTells } from "./quality";
import type { Question } from "./types";
import { singleChoice as reason } from "@/lib/domain/test-fixtures/questions";

/** Four questions, each with one "trade" option among three, never the key. */
const STOCK = [
  reason("a", "Talks on security", ["Trade deals with NATO", "Fixed yearly plans"]),
  reason("b", "Practical cooperation", ["Trade rules for partners", "Joint armies"]),
  reason("c", "Open lines of contact", ["Trade quotas", "Radio networks"]),
  reason("d", "Shared aims", ["Trade pacts", "Annual summits"]),
];

describe("measureDistractorTells", () => {
  test("a stock wrong word struck out in question after question is off target", () => {
    // e, at chance, is no offender.
    const neutral = reason("e", "Calm words", ["Other ideas", "More ideas"]);
    expect(measureDistractorTells([...STOCK, neutral])).toEqual({
      id: "distractor-tells",
      label: "options ruled out by words seen only in other questions' wrong options",
      target: "<= 1.1 x chance; no answer given away",
      value: "2.3 (chance 1.7); 0 given away",
      ok: false,
      offenders: [
        'a: rules out "Trade deals with NATO" (trade)',
        'b: rules out "Trade rules for partners" (trade)',
        'c: rules out "Trade quotas" (trade)',
        'd: rules out "Trade pacts" (trade)',
      ],
    });
  });

  test("once the word is a key elsewhere it tells nothing", () => {
    const bank = [...STOCK, reason("e", "Trade and security", ["Pacts", "Summits"])];
    const m = measureDistractorTells(bank);
    // a-d guess among three; e alone sees "trade" only in wrong options and strikes out its key.
    expect(m.value).toBe("1.3 (chance 1.7); 0 given away");
    expect(m.ok).toBe(true);
    expect(m.offenders).toEqual([]);
  });

  test("exactly factor times chance is on target", () => {
    // 2.0 against a chance of 4/3: 1.5 times.
    expect(measureDistractorTells(STOCK, 3, 1.5).ok).toBe(true);
    expect(measureDistractorTells(STOCK, 3, 1.49).ok).toBe(false);
  });

  test("a question without a key or without a wrong option counts for nothing", () => {
    const keyless = { ...reason("k", "Talks", ["Trade", "Plans"]), answer: "zz" };
    const lone = reason("l", "Only this", []);
    expect(measureDistractorTells([...STOCK, keyless, lone]).value).toBe(
      "2.0 (chance 1.3); 0 given away",
    );
  });

  test("a word is learnt from the other questions only", () => {
    // Three questions: each sees "trade" wrong in two others, below the three it takes.
    expect(measureDistractorTells(STOCK.slice(0, 3)).value).toBe("1.0 (chance 1.0); 0 given away");
    expect(measureDistractorTells(STOCK.slice(0, 3), 2).value).toBe(
      "1.5 (chance 1.0); 0 given away",
    );
  });

  test("a key left alone fails whatever the ratio", () => {
    const lone = reason("lone", "Talks on security", ["Trade pacts", "Command posts"]);
    const commands = ["x", "y", "z"].map((id) =>
      reason(id, `Key ${id}`, ["Command centres", "Other ideas"]),
    );
    const m = measureDistractorTells([...STOCK.slice(0, 3), ...commands, lone], 3, 100);
    expect(m.ok).toBe(false);
    expect(m.offenders).toEqual([
      'lone: rules out "Trade pacts" (trade), "Command posts" (comman)',
    ]);
  });

  test("plurals share a root: posts and post are one word", () => {
    // Six letters or more share a root anyway; a shorter word needs its plural's "s" dropped.
    const bank = [
      reason("a", "Talks on security", ["Posts", "Fixed plans"]),
      ...["b", "c", "d"].map((id) => reason(id, `Key ${id}`, ["A post", "Other"])),
    ];
    expect(measureDistractorTells(bank).value).toBe("2.0 (chance 1.3); 0 given away");
  });

  test("recall questions are left out; a multiple-select question learns from its kind", () => {
    const recall = STOCK.map((q) => ({ ...q, level: "recall" as const }));
    expect(measureDistractorTells(recall)).toEqual(
      expect.objectContaining({ value: "0.0 (chance 0.0); 0 given away", ok: true }),
    );
    const multi: Question = {
      ...STOCK[0]!,
      kind: "multiple-select",
      answers: ["o0"],
      tags: { ...STOCK[0]!.tags, kind: "multiple-select" },
    } as unknown as Question;
    // Counted, the multiple-select question would make "trade" a tell for b, c and d (1.5).
    expect(measureDistractorTells([multi, ...STOCK.slice(1)]).value).toBe(
      "1.0 (chance 1.0); 0 given away",
    );
  });

  test("multiple select: a shared wrong idea unticked and the rest ticked is the answer", () => {
    const select = (id: string, keys: string[], wrong: string[]): Question =>
      ({
        ...reason(id, keys[0]!, [...keys.slice(1), ...wrong], "recall"),
        kind: "multiple-select",
        answers: keys.map((_, i) => `o${i}`),
        tags: { programmeIds: ["t"], topic: "t", kind: "multiple-select", template: "ms.t" },
      }) as unknown as Question;
    const shared = ["a", "b", "c", "d"].map((id) =>
      select(id, [`Aim ${id} one`, `Aim ${id} two`], ["Collective guarantee for partners"]),
    );
    const m = measureDistractorTells(shared);
    expect(m.value).toBe("0.0 (chance 0.0); 4 given away");
    expect(m.offenders).toEqual(
      ["a", "b", "c", "d"].map(
        (id) => `${id}: unticks "Collective guarantee for partners" (collec) and ticks the rest`,
      ),
    );
    const own = ["a", "b", "c", "d"].map((id, i) =>
      select(
        id,
        [`Aim ${id} one`, `Aim ${id} two`],
        [["Trade", "Voting", "Budgets", "Nuclear"][i]!],
      ),
    );
    expect(measureDistractorTells(own).ok).toBe(true);
    // The strategy fails where the word is in the question's own key: it unticks that key.
    // d's wrong option is marked by "budget" as e's, f's and g's are; a key of d's holds "votes".
    const votes = [
      ...["a", "b", "c"].map((id) => select(id, [`Talks ${id}`], ["Vote in public"])),
      ...["e", "f", "g"].map((id) => select(id, [`Plans ${id}`], ["Budget cuts"])),
      select("d", ["Votes counted", "Quiet talks"], ["Budget cuts"]),
    ];
    const v = measureDistractorTells(votes);
    expect(v.value).toBe("0.0 (chance 0.0); 3 given away");
    expect(v.offenders.map((o) => o.split(":")[0])).toEqual(["e", "f", "g"]);
  });

  test("property: the figure does not depend on the order of questions or options", () => {
    const word = fc.constantFrom("trade", "command", "talks", "plans", "guarantee", "ties");
    const option = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    const question = fc.tuple(option, fc.array(option, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(question, { maxLength: 8 }), fc.nat(), (specs, seed) => {
        const bank = specs.map(([key, wrong], i) => reason(`q${i}`, key, wrong));
        const shuffled = [...bank]
          .map((q) => ({
            ...q,
            options: [...q.options].sort((x, y) => ((x.id + seed).length % 3) - y.id.length),
          }))
          .reverse();
        // Sums in another order may round the last digit the other way.
        const figures = (m: { value: string }) => (m.value.match(/[\d.]+/g) ?? []).map(Number);
        const a = figures(measureDistractorTells(bank));
        const b = figures(measureDistractorTells(shuffled));
        b.forEach((x, i) => expect(Math.abs(x - a[i]!)).toBeLessThanOrEqual(0.1 + 1e-9));
        expect(measureDistractorTells(shuffled).offenders.length).toBe(
          measureDistractorTells(bank).offenders.length,
        );
      }),
    );
  });
});
