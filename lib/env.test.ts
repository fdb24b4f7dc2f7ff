import { describe, expect, test } from "vitest";
import { missingProductionSettings, readEnv } from "./env";

const secret = "s".repeat(32);

describe("readEnv", () => {
  test("defaults: development, port 3000, demo password, flags off", () => {
    expect(readEnv({})).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      SEED_DEMO: "0",
      EMBEDDED_DATABASE: "0",
      DEMO_PASSWORD: "demo-password",
    });
  });

  test("empty strings count as unset", () => {
    expect(readEnv({ NEXTAUTH_URL: "", INSTRUCTOR_SIGNUP_CODE: "" })).toMatchObject({
      NEXTAUTH_URL: undefined,
      INSTRUCTOR_SIGNUP_CODE: undefined,
    });
  });

  test.each([
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL"],
    [{ NEXTAUTH_URL: "localhost:3000" }, "NEXTAUTH_URL"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET: must be at least 32 characters"],
    [{ PORT: "http" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ SEED_DEMO: "yes" }, "SEED_DEMO"],
  ])("%o is refused, naming the variable", (source, named) => {
    expect(() => readEnv(source)).toThrow(named);
  });
});

describe("missingProductionSettings", () => {
  const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/study" };

  test.each([
    ["development, nothing set", {}, []],
    ["production on the embedded database", { ...production, EMBEDDED_DATABASE: "1" }, []],
    [
      "production with both set",
      { ...production, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://a.example" },
      [],
    ],
    [
      "production without the secret",
      { ...production, NEXTAUTH_URL: "https://a.example" },
      ["NEXTAUTH_SECRET"],
    ],
    ["production without the URL", { ...production, NEXTAUTH_SECRET: secret }, ["NEXTAUTH_URL"]],
    ["production without either", production, ["NEXTAUTH_SECRET", "NEXTAUTH_URL"]],
  ])("%s", (_label, source, names) => {
    const messages = missingProductionSettings(readEnv(source));
    expect(messages.map((m) => m.split(" ")[0])).toEqual(names);
    for (const message of messages) expect(message).toMatch(/Set it to .*e\.g\./);
  });
});
