import { describe, expect, test } from "vitest";
import { cardIdentity, findSameItem, leaveOutExisting, questionIdentity } from "./same-item";

describe("the same card, the same question", () => {
  test.each([
    ["EAPC", "EAPC", true],
    ["EAPC", "eapc", true],
    [" EAPC ", "EAPC", true],
    ["EAPC", "EAPC (1997)", false],
    ["=1+1", "=1+1", true],
  ])("cards with fronts %j and %j: same is %s", (a, b, same) => {
    expect(cardIdentity({ front: a }) === cardIdentity({ front: b })).toBe(same);
  });

  const tf = (statement: string) => ({ kind: "true-false", prompt: "True or false?", statement });
  const cloze = (before: string, after: string) => ({
    kind: "cloze",
    prompt: "Fill in the blank.",
    before,
    after,
  });
  const which = (description: string) => ({
    kind: "which-programme",
    prompt: "Which programme is described?",
    description,
  });
  const items = (...list: string[]) => list.map((text) => ({ text }));
  const MATCH = "Match each programme or format with its description.";
  const match = (left: string[], right: string[]) => ({
    kind: "matching",
    prompt: MATCH,
    left: items(...left),
    right: items(...right),
  });
  const ORDER = "Put these events in chronological order, earliest first.";
  const order = (...list: string[]) => ({ kind: "ordering", prompt: ORDER, items: items(...list) });
  test.each([
    [
      { kind: "single-choice", prompt: "Which body?" },
      { kind: "single-choice", prompt: "which body? " },
      true,
    ],
    // The walk's import: two matching (and two ordering) questions of the bank share their
    // instruction, and the second was skipped as "already in the set".
    [match(["PfP", "ICI"], ["1994", "2004"]), match(["EAPC", "MD"], ["1997", "1994"]), false],
    [match(["PfP", "ICI"], ["1994", "2004"]), match(["ici ", "PfP"], ["2004", "1994"]), true],
    [match(["PfP", "ICI"], ["1994", "2004"]), match(["PfP", "ICI"], ["1994", "2005"]), false],
    [order("PfP", "EAPC", "ICI"), order("ICI", "PfP", "EAPC"), true],
    [order("PfP", "EAPC", "ICI"), order("PfP", "EAPC", "MD"), false],
    [order("PfP", "EAPC"), { kind: "ordering", prompt: ORDER }, false],
    [
      { kind: "single-choice", prompt: "Which body?" },
      { kind: "multiple-select", prompt: "Which body?" },
      false,
    ],
    [
      { kind: "single-choice", prompt: "Which body?" },
      { kind: "single-choice", prompt: "Which year?" },
      false,
    ],
    [tf("PfP began in 1994."), tf("PfP began in 1994. "), true],
    [tf("PfP began in 1994."), tf("PfP began in 1995."), false],
    [cloze("PfP began in ", "."), cloze("PfP began in ", "."), true],
    [cloze("PfP began in ", "."), cloze("The EAPC began in ", "."), false],
    [which("Tailored to one partner."), which("tailored to one partner."), true],
    [which("Tailored to one partner."), which("Open to all partners."), false],
  ])("questions %j and %j: same is %s", (a, b, same) => {
    expect(questionIdentity(a) === questionIdentity(b)).toBe(same);
  });

  test("a kind, a prompt and a statement cannot run into each other", () => {
    expect(questionIdentity({ kind: "a", prompt: "b c" })).not.toBe(
      questionIdentity({ kind: "a b", prompt: "c" }),
    );
    expect(questionIdentity({ kind: "true-false", prompt: "a\nb", statement: "c" })).not.toBe(
      questionIdentity({ kind: "true-false", prompt: "a", statement: "b\nc" }),
    );
  });
});

describe("leaving out what the set has", () => {
  const cards = ["NACC", "EAPC", "PII", "ICI"].map((front) => ({ front }));

  test("keeps the file's order and counts what was left out", () => {
    expect(leaveOutExisting(cards, ["eapc", "ici"], cardIdentity)).toEqual({
      kept: [{ front: "NACC" }, { front: "PII" }],
      alreadyInSet: 2,
    });
  });

  test("nothing in the set: everything is kept", () => {
    expect(leaveOutExisting(cards, [], cardIdentity)).toEqual({ kept: cards, alreadyInSet: 0 });
  });

  test("everything in the set: nothing is kept", () => {
    expect(leaveOutExisting(cards, cards.map(cardIdentity), cardIdentity)).toEqual({
      kept: [],
      alreadyInSet: 4,
    });
  });
});

describe("finding the item of the set that a new one is the same as", () => {
  const set = [
    { id: "a", kind: "single-choice", prompt: "Which body?" },
    { id: "b", kind: "true-false", prompt: "True or false?", statement: "PfP began in 1994." },
    { id: "c", kind: "true-false", prompt: "True or false?", statement: "pfp began in 1994." },
  ];
  test.each([
    [{ kind: "single-choice", prompt: " which body?" }, "a"],
    [{ kind: "multiple-select", prompt: "Which body?" }, undefined],
    [{ kind: "true-false", prompt: "True or false?", statement: "PFP began in 1994." }, "b"],
    [{ kind: "true-false", prompt: "True or false?", statement: "PfP began in 1995." }, undefined],
  ])("%j is the same as %s (the first such)", (item, id) => {
    expect(findSameItem(item, set, questionIdentity)?.id).toBe(id);
  });

  test("cards: by front, case and spaces aside; none in an empty set", () => {
    const cards = [{ front: "NACC" }, { front: "EAPC" }];
    expect(findSameItem({ front: " eapc " }, cards, cardIdentity)).toBe(cards[1]);
    expect(findSameItem({ front: "ICI" }, cards, cardIdentity)).toBeUndefined();
    expect(findSameItem({ front: "ICI" }, [], cardIdentity)).toBeUndefined();
  });
});
