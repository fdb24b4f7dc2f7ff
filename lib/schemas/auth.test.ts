import { describe, expect, test } from "vitest";
import { PASSWORD_MAX, signInSchema, signUpSchema } from "./auth";

const valid = { name: "Ada", email: "Ada@Example.com ", password: "correct horse" };

describe("signUpSchema", () => {
  test("normalises email and defaults the role to LEARNER", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("ada@example.com");
    expect(parsed.role).toBe("LEARNER");
  });

  test.each([
    ["empty email", { email: "" }, "email", "Enter your email address."],
    [
      "malformed email",
      { email: "not-an-email" },
      "email",
      "Enter a valid email address, like name@example.com.",
    ],
    [
      "over-long email",
      { email: `${"a".repeat(250)}@example.com` },
      "email",
      "An email address has at most 254 characters.",
    ],
    ["short password", { password: "short" }, "password", "Use at least 8 characters."],
    [
      "over-long password",
      { password: "x".repeat(PASSWORD_MAX + 1) },
      "password",
      "Use at most 128 characters.",
    ],
    ["blank name", { name: "   " }, "name", "Enter your name."],
    ["over-long name", { name: "n".repeat(81) }, "name", "A name has at most 80 characters."],
    ["unknown role", { role: "ADMIN" }, "role", "Choose learner or instructor."],
  ])("%s is rejected on its field", (_label, patch, field, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    const errors = result.error?.flatten().fieldErrors as Record<string, string[]>;
    expect(errors[field]).toContain(message);
  });

  test("accepts the instructor role", () => {
    expect(signUpSchema.parse({ ...valid, role: "INSTRUCTOR" }).role).toBe("INSTRUCTOR");
  });
});

describe("signInSchema", () => {
  test.each([
    [{ email: "a@b.co", password: "x" }, true],
    [{ email: "", password: "x" }, false],
    [{ email: "a@b.co", password: "" }, false],
    [{ email: "a@b.co", password: "x".repeat(PASSWORD_MAX + 1) }, false],
  ])("%o valid=%s", (input, ok) => {
    expect(signInSchema.safeParse(input).success).toBe(ok);
  });
});
