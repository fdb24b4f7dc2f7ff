// Tests for lib/schemas/classes.ts. They live here, with the other unit tests of the classes
// feature, because the unit project only runs lib/domain, lib/schemas and content tests and
// this feature's files are confined to lib/schemas/classes.ts in lib/schemas.
import { describe, expect, test } from "vitest";
import {
  createAssignmentSchema,
  createClassSchema,
  createFlashcardSetSchema,
  createQuizSetSchema,
  joinClassSchema,
  updateClassSchema,
} from "@/lib/schemas/classes";

const assignment = {
  classId: "c1",
  setId: "s1",
  opensAt: "2026-03-02T08:00",
  dueAt: "2026-03-09T17:00",
  timeZone: "Europe/Paris",
  attemptsAllowed: 2,
  lateCounts: false,
};

function fieldErrors(result: {
  success: boolean;
  error?: {
    flatten(): { fieldErrors: Record<string, string[] | undefined>; formErrors: string[] };
  };
}) {
  return result.success ? {} : result.error!.flatten().fieldErrors;
}

describe("createAssignmentSchema", () => {
  test("accepts a valid assignment, defaults unlimited attempts and late work not counting", () => {
    const minimal = {
      classId: "c1",
      setId: "s1",
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      timeZone: assignment.timeZone,
    };
    expect(createAssignmentSchema.parse(minimal)).toMatchObject({
      attemptsAllowed: null,
      lateCounts: false,
    });
  });

  test.each([
    [
      "due before open",
      { dueAt: "2026-03-01T08:00" },
      "dueAt",
      "The due date must be after the opening date.",
    ],
    [
      "due equal to open",
      { dueAt: "2026-03-02T08:00" },
      "dueAt",
      "The due date must be after the opening date.",
    ],
    [
      "an impossible date",
      { opensAt: "2026-02-30T08:00" },
      "opensAt",
      "Enter a real opening date and time (YYYY-MM-DDTHH:mm).",
    ],
    [
      "a date without a time",
      { dueAt: "2026-03-09" },
      "dueAt",
      "Enter a real due date and time (YYYY-MM-DDTHH:mm).",
    ],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone", "Unknown time zone."],
    ["zero attempts", { attemptsAllowed: 0 }, "attemptsAllowed", "Allow at least 1 attempt."],
    [
      "too many attempts",
      { attemptsAllowed: 21 },
      "attemptsAllowed",
      "Allow at most 20 attempts, or leave it empty for unlimited.",
    ],
    [
      "fractional attempts",
      { attemptsAllowed: 1.5 },
      "attemptsAllowed",
      "Use a whole number of attempts.",
    ],
    ["no class", { classId: "" }, "classId", "Choose a class."],
  ])("%s -> a message on %s", (_label, change, field, message) => {
    const result = createAssignmentSchema.safeParse({ ...assignment, ...change });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)[field]).toEqual([message]);
  });

  test("an unknown field is refused rather than ignored", () => {
    expect(
      createAssignmentSchema.safeParse({ ...assignment, dueDate: "2026-03-09T17:00" }).success,
    ).toBe(false);
  });
});

describe("class schemas", () => {
  test.each([
    [{ name: "  Partnerships 101  " }, { name: "Partnerships 101", description: "" }],
    [
      { name: "A", description: " Tuesdays " },
      { name: "A", description: "Tuesdays" },
    ],
  ])("createClassSchema %j", (input, expected) => {
    expect(createClassSchema.parse(input)).toEqual(expected);
  });

  test.each([[{ name: "   " }], [{ name: "x".repeat(101) }], [{}]])(
    "createClassSchema refuses %j",
    (input) => {
      expect(fieldErrors(createClassSchema.safeParse(input)).name).toBeDefined();
    },
  );

  test("updateClassSchema needs something to update", () => {
    expect(updateClassSchema.safeParse({}).success).toBe(false);
    expect(updateClassSchema.parse({ description: "" })).toEqual({ description: "" });
  });

  test.each([
    ["abcd-efgh", "ABCDEFGH"],
    ["https://x.example/classes/join/abcdefgh", "ABCDEFGH"],
  ])("joinClassSchema normalises %j", (code, expected) => {
    expect(joinClassSchema.parse({ code })).toEqual({ code: expected });
  });

  test.each([[{ code: "  - " }], [{ code: 12345678 }], [{}]])(
    "joinClassSchema refuses %j",
    (input) => {
      expect(fieldErrors(joinClassSchema.safeParse(input)).code).toBeDefined();
    },
  );
});

describe("set schemas", () => {
  test("a quiz set takes the quiz options with their defaults", () => {
    expect(createQuizSetSchema.parse({ name: "Week 1" })).toMatchObject({
      name: "Week 1",
      count: 10,
      mode: "practice",
      timeLimitMinutes: null,
      pinnedIds: [],
      excludedIds: [],
      drawPerLearner: false,
    });
  });

  test.each([
    [
      "more pins than questions",
      { count: 5, pinnedIds: ["a", "b", "c", "d", "e", "f"] },
      "pinnedIds",
    ],
    ["a question pinned and excluded", { pinnedIds: ["a"], excludedIds: ["a"] }, "excludedIds"],
    ["a timed practice", { timeLimitMinutes: 10 }, "timeLimitMinutes"],
    ["too few questions", { count: 2 }, "count"],
    ["no name", { name: "" }, "name"],
    ["a forged seed", { seed: "../../etc" }, "seed"],
  ])("a quiz set with %s is refused on %s", (_label, change, field) => {
    expect(
      fieldErrors(createQuizSetSchema.safeParse({ name: "Week 1", ...change }))[field],
    ).toBeDefined();
  });

  test("a flashcard set needs programmes or cards", () => {
    expect(fieldErrors(createFlashcardSetSchema.safeParse({ name: "Cards" })).cardIds).toEqual([
      "Choose at least one programme or card.",
    ]);
    expect(createFlashcardSetSchema.parse({ name: "Cards", programmeIds: ["pfp"] })).toMatchObject({
      cardIds: [],
    });
  });
});
