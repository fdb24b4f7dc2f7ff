import { describe, expect, test } from "vitest";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/auth";
import { startQuizSchema } from "@/lib/schemas/quiz";
import { messagesByField } from "./form-errors";
import { schemaResolver } from "./schema-resolver";

/** What react-hook-form passes on submit: no field refs here, no native bubbles. */
const OPTIONS = { fields: {}, shouldUseNativeValidation: false };

describe("schemaResolver runs the route's zod 4 schema for react-hook-form", () => {
  const signUp = schemaResolver(signUpSchema, (values: SignUpInput) => values);

  test("an empty sign-up gets the schema's own messages, one per field", async () => {
    const result = await signUp(
      { name: "", email: "", password: "", role: "LEARNER", instructorCode: "" },
      undefined,
      OPTIONS,
    );
    expect(result.values).toEqual({});
    expect(messagesByField(result.errors)).toEqual({
      name: ["Enter your name."],
      email: ["Enter your email address."],
      password: ["Use at least 8 characters."],
    });
  });

  test("valid fields give the schema's output: trimmed, lower-cased, defaulted", async () => {
    const result = await signUp(
      { name: " Ada ", email: " Ada@Example.COM", password: "long enough" },
      undefined,
      OPTIONS,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      name: "Ada",
      email: "ada@example.com",
      password: "long enough",
      role: "LEARNER",
    });
  });

  type QuizFields = { count: number; mode: "practice" | "exam"; timed: boolean; minutes: string };
  const quiz = schemaResolver(startQuizSchema, (v: QuizFields) => ({
    count: v.count,
    mode: v.mode,
    timeLimitMinutes: v.mode === "exam" && v.timed ? Number(v.minutes) : null,
  }));

  test("fields are mapped to the body before the check; errors keep the body keys", async () => {
    const result = await quiz(
      { count: 4, mode: "exam", timed: true, minutes: "0" },
      undefined,
      OPTIONS,
    );
    expect(messagesByField(result.errors)).toEqual({
      count: ["A quiz has at least 5 questions."],
      timeLimitMinutes: ["A time limit is at least 1 minute."],
    });
  });

  test("what the mapping leaves out is not checked", async () => {
    const result = await quiz(
      { count: 10, mode: "practice", timed: true, minutes: "0" },
      undefined,
      OPTIONS,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ count: 10, mode: "practice", timeLimitMinutes: null });
  });
});
