import { describe, expect, test } from "vitest";
import {
  messageOf,
  messagesByField,
  planFailure,
  planRequestFailure,
  type FailurePlan,
} from "./form-errors";
import type { RequestFailure } from "./request-json";

const FIELDS = ["name", "email", "password"] as const;

describe("planFailure", () => {
  const cases: [string, Parameters<typeof planFailure>[0], FailurePlan][] = [
    [
      "field messages go under their fields, in the form's order; the summary to the alert",
      {
        error: "Please correct the highlighted fields.",
        fieldErrors: { password: ["Use at least 8 characters."], name: ["Enter your name."] },
      },
      {
        fields: [
          { name: "name", message: "Enter your name." },
          { name: "password", message: "Use at least 8 characters." },
        ],
        formError: "Please correct the highlighted fields.",
      },
    ],
    [
      "several messages for one field are joined",
      { error: "No.", fieldErrors: { email: ["Too long.", "Not an email."] } },
      { fields: [{ name: "email", message: "Too long. Not an email." }], formError: "No." },
    ],
    [
      "an alert that repeats a field's message is left out",
      {
        error: "An account with this email already exists. Sign in instead.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      },
      {
        fields: [
          { name: "email", message: "An account with this email already exists. Sign in instead." },
        ],
      },
    ],
    [
      "a message for something that is not a field goes to the alert",
      {
        error: "Please check the set options.",
        fieldErrors: { seed: ["Preview again."], name: ["Enter a name."] },
      },
      {
        fields: [{ name: "name", message: "Enter a name." }],
        formError: "Please check the set options. Preview again.",
      },
    ],
    [
      "a non-field message equal to the summary is said once",
      { error: "Class not found.", fieldErrors: { classId: ["Class not found."] } },
      { fields: [], formError: "Class not found." },
    ],
    [
      "no summary and only field messages: no alert (the browser's own check)",
      { fieldErrors: { name: ["Enter your name."] } },
      { fields: [{ name: "name", message: "Enter your name." }] },
    ],
    [
      "no summary, a rule on no field: the alert says it",
      { fieldErrors: { pinnedIds: ["You pinned 6 questions but the set has 5."] } },
      { fields: [], formError: "You pinned 6 questions but the set has 5." },
    ],
    [
      "empty and missing message lists are ignored",
      { error: "Refused.", fieldErrors: { name: [], email: undefined, password: [""] } },
      { fields: [], formError: "Refused." },
    ],
    ["nothing at all", { fieldErrors: {} }, { fields: [] }],
  ];

  test.each(cases)("%s", (_name, failure, expected) => {
    expect(planFailure(failure, FIELDS)).toEqual(expected);
  });
});

describe("planRequestFailure", () => {
  test.each<[string, RequestFailure, FailurePlan]>([
    [
      "a refusal keeps its field messages",
      {
        kind: "rejected",
        status: 404,
        error: "Unknown code.",
        fieldErrors: { name: ["Unknown code."] },
      },
      { fields: [{ name: "name", message: "Unknown code." }] },
    ],
    [
      "a failure worth retrying is one alert",
      { kind: "retry", status: null, error: "We could not reach the server." },
      { fields: [], formError: "We could not reach the server." },
    ],
    [
      "a 429 says the server's message",
      { kind: "retry", status: 429, error: "Too many sign-ups.", retryAfterSeconds: 60 },
      { fields: [], formError: "Too many sign-ups." },
    ],
  ])("%s", (_name, failure, expected) => {
    expect(planRequestFailure(failure, FIELDS)).toEqual(expected);
  });
});

describe("messageOf", () => {
  const element = { tagName: "INPUT" };
  test.each<[string, unknown, string | undefined]>([
    [
      "a field's error",
      { type: "too_small", message: "Enter your name.", ref: element },
      "Enter your name.",
    ],
    ["no error", undefined, undefined],
    ["not an object", "text", undefined],
    [
      "an array element's error",
      [undefined, { type: "x", message: "Unknown programme." }],
      "Unknown programme.",
    ],
    ["a nested object's error", { inner: { message: "Deep." } }, "Deep."],
    [
      "an empty message falls through to a nested one",
      { message: "", 0: { message: "Inner." } },
      "Inner.",
    ],
    ["the ref is never searched", { ref: { message: "from the DOM" } }, undefined],
  ])("%s", (_name, error, expected) => {
    expect(messageOf(error)).toBe(expected);
  });
});

describe("messagesByField", () => {
  test("one message per top-level field; the root error is not a field", () => {
    expect(
      messagesByField({
        name: { type: "too_small", message: "Enter your name." },
        programmeIds: [undefined, { message: "Unknown programme." }],
        root: { server: { message: "Refused." } },
        empty: {},
      }),
    ).toEqual({ name: ["Enter your name."], programmeIds: ["Unknown programme."] });
  });
});
