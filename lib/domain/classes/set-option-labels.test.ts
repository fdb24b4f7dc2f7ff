import { describe, expect, test } from "vitest";
import { setOptionLabels, type LabelledSet } from "./set-option-labels";

const at = (iso: string) => new Date(iso);
const set = (
  id: string,
  name: string,
  createdAt: string,
  kind: LabelledSet["kind"] = "quiz",
  size = 5,
): LabelledSet => ({ id, name, kind, size, createdAt: at(createdAt) });

describe("setOptionLabels", () => {
  test.each([
    [
      "different names: name and size only",
      [
        set("a", "Week 1", "2026-12-03T11:58:00Z"),
        set("b", "Cards", "2026-12-03T12:00:00Z", "flashcards", 8),
      ],
      { a: "Week 1 (5 questions)", b: "Cards (8 cards)" },
    ],
    [
      "the walk's two 'QA Import Quiz' sets: each says when it was made",
      [
        set("b", "QA Import Quiz", "2026-12-03T11:58:40Z", "quiz", 12),
        set("a", "QA Import Quiz", "2026-12-03T11:57:10Z"),
      ],
      {
        a: "QA Import Quiz (5 questions, made 3 Dec 2026, 11:57)",
        b: "QA Import Quiz (12 questions, made 3 Dec 2026, 11:58)",
      },
    ],
    [
      "names differing in case and spaces only are told apart too",
      [set("a", "Week 1", "2026-12-01T09:00:00Z"), set("b", " week 1 ", "2026-12-02T09:00:00Z")],
      {
        a: "Week 1 (5 questions, made 1 Dec 2026, 09:00)",
        b: " week 1  (5 questions, made 2 Dec 2026, 09:00)",
      },
    ],
    [
      "the same name in both kinds: the form's groups tell them apart already",
      [
        set("a", "PfP", "2026-12-01T09:00:00Z"),
        set("b", "PfP", "2026-12-01T09:00:00Z", "flashcards"),
      ],
      { a: "PfP (5 questions)", b: "PfP (5 cards)" },
    ],
    [
      "made within the same minute: numbered oldest first",
      [
        set("c", "Week 1", "2026-12-01T09:00:40Z"),
        set("a", "Week 1", "2026-12-01T09:00:10Z"),
        set("b", "Week 1", "2026-12-01T10:00:00Z"),
      ],
      {
        a: "Week 1 (5 questions, made 1 Dec 2026, 09:00 · no. 1)",
        c: "Week 1 (5 questions, made 1 Dec 2026, 09:00 · no. 2)",
        b: "Week 1 (5 questions, made 1 Dec 2026, 10:00)",
      },
    ],
  ])("%s", (_label, sets, expected) => {
    expect(Object.fromEntries(setOptionLabels(sets, "UTC"))).toEqual(expected);
  });

  test("the time is the instructor's", () => {
    const labels = setOptionLabels(
      [set("a", "Week 1", "2026-12-03T11:58:00Z"), set("b", "Week 1", "2026-12-03T12:30:00Z")],
      "Europe/Brussels",
    );
    expect(labels.get("a")).toBe("Week 1 (5 questions, made 3 Dec 2026, 12:58)");
  });

  test("every set gets a label, and no two sets of one kind share one", () => {
    const sets = Array.from({ length: 30 }, (_, i) =>
      set(`s${i}`, i % 3 ? "Same" : `Other ${i}`, `2026-12-0${1 + (i % 4)}T09:0${i % 2}:00Z`),
    );
    const labels = setOptionLabels(sets, "UTC");
    expect(labels.size).toBe(30);
    expect(new Set(labels.values()).size).toBe(30);
  });
});
