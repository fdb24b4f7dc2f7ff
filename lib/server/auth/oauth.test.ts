import { describe, expect, test } from "vitest";
import { readEnv } from "@/lib/env";
import { createUser } from "@/lib/server/users/create-user";
import { uniqueEmail } from "@/test/unique";
import { getOAuthProviders } from "./auth-options";
import { upsertOAuthUser } from "./upsert-oauth-user";

describe("OAuth providers", () => {
  test.each([
    [{}, []],
    [{ GITHUB_ID: "id" }, []],
    [{ GITHUB_ID: "id", GITHUB_SECRET: "secret" }, ["github"]],
    [{ GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" }, ["google"]],
    [
      { GITHUB_ID: "a", GITHUB_SECRET: "b", GOOGLE_CLIENT_ID: "c", GOOGLE_CLIENT_SECRET: "d" },
      ["github", "google"],
    ],
  ])("with %o the providers are %o", (source, ids) => {
    expect(getOAuthProviders(readEnv(source)).map((p) => p.id)).toEqual(ids);
  });

  test("a new OAuth user is created as a learner and found again by the same account", async () => {
    const email = uniqueEmail("oauth");
    const first = await upsertOAuthUser("github", "gh-1", email, "Octo Cat");
    expect(first).toMatchObject({ role: "LEARNER" });
    expect(await upsertOAuthUser("github", "gh-1", email, "Octo Cat")).toEqual(first);
  });

  test("an email that already has a password account is not taken over", async () => {
    const email = uniqueEmail("taken");
    expect((await createUser({ name: "Owner", email, password: "owner-password" })).ok).toBe(true);
    expect(await upsertOAuthUser("google", "g-1", email, "Someone")).toBeNull();
  });
});
