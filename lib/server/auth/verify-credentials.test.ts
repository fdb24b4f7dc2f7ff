import { beforeAll, describe, expect, test } from "vitest";
import { createUser } from "@/lib/server/users/create-user";
import { uniqueEmail } from "@/test/unique";
import { verifyCredentials } from "./verify-credentials";

const email = uniqueEmail("verify");
const password = "open sesame 42";

beforeAll(async () => {
  const created = await createUser({ name: "Verifier", email, password });
  expect(created.ok).toBe(true);
});

describe("verifyCredentials", () => {
  test("the right password returns the user with id and role from the database", async () => {
    const user = await verifyCredentials({ email: email.toUpperCase(), password });
    expect(user).toMatchObject({ email, name: "Verifier", role: "LEARNER" });
    expect(user?.id).toMatch(/^c[a-z0-9]+$/);
  });

  test.each([
    ["wrong password", () => ({ email, password: "open sesame 43" })],
    ["unknown email", () => ({ email: uniqueEmail("nobody"), password })],
    ["malformed email", () => ({ email: "not-an-email", password })],
    ["missing fields", () => ({})],
    ["over-long password", () => ({ email, password: "x".repeat(10_000) })],
  ])("%s gives null, the same answer for every failure", async (_label, input) => {
    expect(await verifyCredentials(input())).toBeNull();
  });
});
