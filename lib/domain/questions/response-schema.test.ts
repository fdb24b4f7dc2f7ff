import { describe, expect, test } from "vitest";
import { MAX_ITEMS, MAX_TEXT_LENGTH, ResponseSchema } from "./response-schema";

describe("ResponseSchema accepts well-formed responses", () => {
  test.each([
    { kind: "single-choice", optionId: "partnership-for-peace" },
    { kind: "which-programme", optionId: "pfp" },
    { kind: "multiple-select", optionIds: ["a", "b-2"] },
    { kind: "multiple-select", optionIds: [] },
    { kind: "true-false", value: false },
    { kind: "cloze", text: "Middle East" },
    { kind: "cloze", text: "" },
    { kind: "short-answer", text: "Partnership for Peace" },
    { kind: "matching", pairs: [{ leftId: "l0a1b2c3d4e", rightId: "r9f8e7d6c5b" }] },
    { kind: "ordering", itemIds: ["o1", "o2", "o3"] },
  ])("%j", (input) => {
    expect(ResponseSchema.safeParse(input).success).toBe(true);
  });
});

describe("ResponseSchema rejects untrusted junk", () => {
  test.each([
    ["an unknown kind", { kind: "essay", text: "x" }],
    ["a missing field", { kind: "single-choice" }],
    ["an extra field", { kind: "true-false", value: true, isAdmin: true }],
    ["a wrong type", { kind: "true-false", value: "true" }],
    ["a too long text", { kind: "cloze", text: "x".repeat(MAX_TEXT_LENGTH + 1) }],
    [
      "too many ids",
      {
        kind: "multiple-select",
        optionIds: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `o${i}`),
      },
    ],
    ["an id with odd characters", { kind: "single-choice", optionId: "<script>" }],
    ["an empty id", { kind: "which-programme", optionId: "" }],
    ["a too long id", { kind: "single-choice", optionId: "a".repeat(65) }],
    ["a malformed pair", { kind: "matching", pairs: [{ leftId: "l1" }] }],
    ["not an object", "single-choice"],
    ["null", null],
  ])("%s", (_name, input) => {
    expect(ResponseSchema.safeParse(input).success).toBe(false);
  });
});
