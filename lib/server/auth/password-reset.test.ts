// "Forgot your password?" against real PostgreSQL, its email written to a throw-away outbox
// folder (MAIL_OUTBOX_DIR) and read back as the learner's mail client would get it.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { readEnv } from "@/lib/env";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";
import { readOutbox } from "@/test/outbox";
import { uniqueEmail } from "@/test/unique";
import {
  appOrigin,
  LINK_NOT_USABLE,
  NO_MAIL,
  parseResetRequest,
  resetLinkAccount,
  resetPassword,
  sendResetLink,
} from "./password-reset";
import { consumeResetRequest, RESET_LIMITS } from "./rate-limits";
import { verifyCredentials } from "./verify-credentials";

const outboxes: string[] = [];
afterAll(() => outboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A configuration whose email goes to a new, empty folder. */
function withOutbox() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reset-outbox-"));
  outboxes.push(dir);
  const config = readEnv({
    ...process.env,
    MAIL_OUTBOX_DIR: dir,
    SMTP_URL: undefined,
    NEXTAUTH_URL: "https://study.example.org/app",
  });
  const messages = () => readOutbox(dir);
  const tokens = () =>
    // Not \b after the token: one ending in "-" (1 in 64) has no word boundary before the newline.
    messages().map((m) => /\/reset-password\?token=([\w-]{32})(?![\w-])/.exec(m)?.[1] ?? "");
  return { config, messages, tokens };
}

async function makeAccount(password = "first password 1") {
  const email = uniqueEmail("reset");
  const created = await createUser({ name: "Resetter", email, password });
  if (!created.ok) throw new Error(created.error);
  return { email, id: created.data.id, password };
}

describe("asking for a link", () => {
  test("an account gets one email with a link to this app; only its hash is kept", async () => {
    const { config, messages, tokens } = withOutbox();
    const account = await makeAccount();
    expect(await sendResetLink(account.email, config)).toBe("sent");
    const [message] = messages();
    expect(messages()).toHaveLength(1);
    expect(message).toMatch(new RegExp(`^To: ${account.email}$`, "m"));
    expect(message).toMatch(/^Subject: Choose a new password for Partnership Study$/m);
    expect(message).toContain("https://study.example.org/reset-password?token=");
    const [token] = tokens();
    expect(await resetLinkAccount(token!)).toEqual({ email: account.email });
    const rows = await db.passwordReset.findMany({ where: { userId: account.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token!).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  test("a local install's email shows the link whole: 7-bit text, no line over 76", async () => {
    const { config: withUrl } = withOutbox();
    const dir = withUrl.MAIL_OUTBOX_DIR!;
    // A local install: no NEXTAUTH_URL, the links point at this machine's port.
    const config = readEnv({ ...process.env, MAIL_OUTBOX_DIR: dir, PORT: "3400" });
    const account = await makeAccount();
    await sendResetLink(account.email, { ...config, NEXTAUTH_URL: undefined });
    const [name] = readdirSync(dir);
    // The file as written, not decoded: what someone opening it in an editor reads.
    const raw = readFileSync(path.join(dir, name!), "utf8");
    expect(raw).toMatch(/^Content-Transfer-Encoding: 7bit$/m);
    const lines = raw.slice(raw.indexOf("\n\n") + 2).split("\n");
    expect(lines.filter((line) => line.length > 76)).toEqual([]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^http:\/\/localhost:3400\/reset-password\?token=[\w-]{32}$/),
    );
  });

  test("an unknown address and a deleted account get nothing, and no link is stored", async () => {
    const { config, messages } = withOutbox();
    const deleted = await makeAccount();
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await sendResetLink(uniqueEmail("nobody"), config)).toBe("no-account");
    expect(await sendResetLink(deleted.email, config)).toBe("no-account");
    expect(messages()).toEqual([]);
    expect(await db.passwordReset.count({ where: { userId: deleted.id } })).toBe(0);
  });

  test(`at most ${RESET_LIMITS.account.points} emails an hour reach one account`, async () => {
    const { config, messages } = withOutbox();
    const account = await makeAccount();
    const outcomes = [];
    for (let i = 0; i <= RESET_LIMITS.account.points; i++)
      outcomes.push(await sendResetLink(account.email, config));
    expect(outcomes).toEqual([...Array(RESET_LIMITS.account.points).fill("sent"), "limited"]);
    expect(messages()).toHaveLength(RESET_LIMITS.account.points);
  });

  test(`one address may ask ${RESET_LIMITS.address.points} times an hour, then waits`, async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const waits = [];
    for (let i = 0; i <= RESET_LIMITS.address.points; i++)
      waits.push(await consumeResetRequest(address));
    expect(waits.slice(0, -1).every((wait) => wait === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(RESET_LIMITS.address.duration - 60);
    expect(waits.at(-1)).toBeLessThanOrEqual(RESET_LIMITS.address.duration);
  });

  test("an email the mail server refuses leaves no usable link behind", async () => {
    const account = await makeAccount();
    // Nothing listens on port 1: the connection is refused.
    const config = readEnv({ ...process.env, SMTP_URL: "smtp://127.0.0.1:1" });
    await expect(sendResetLink(account.email, config)).rejects.toThrow();
    expect(await db.passwordReset.count({ where: { userId: account.id } })).toBe(0);
  });

  test("the request is checked, and refused where no email can be sent", () => {
    const { config } = withOutbox();
    expect(parseResetRequest({ email: " Someone@Example.org " }, config)).toEqual({
      ok: true,
      data: { email: "someone@example.org" },
    });
    expect(parseResetRequest({ email: "not an address" }, config)).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(parseResetRequest({ email: "a@example.org", extra: 1 }, config)).toMatchObject({
      ok: false,
      code: "invalid",
    });
    const none = readEnv({ ...process.env, SMTP_URL: undefined, MAIL_OUTBOX_DIR: undefined });
    expect(parseResetRequest({ email: "a@example.org" }, none)).toEqual({
      ok: false,
      code: "not_found",
      error: NO_MAIL,
    });
  });

  test("links point at NEXTAUTH_URL's origin, else at this machine's port", () => {
    expect(appOrigin(readEnv({ NEXTAUTH_URL: "https://study.example.org/x/" }))).toBe(
      "https://study.example.org",
    );
    expect(appOrigin(readEnv({ PORT: "4100" }))).toBe("http://localhost:4100");
  });
});

describe("choosing the new password", () => {
  test("sets it, signs out every session and stops the account's other links", async () => {
    const { config, tokens } = withOutbox();
    const account = await makeAccount();
    await sendResetLink(account.email, config);
    await sendResetLink(account.email, config);
    const [older, newer] = tokens();
    const before = await db.user.findUniqueOrThrow({ where: { id: account.id } });

    const result = await resetPassword({ token: newer, password: "second password 2" });

    expect(result).toEqual({ ok: true, data: { email: account.email } });
    expect(
      await verifyCredentials({ email: account.email, password: "second password 2" }),
    ).toMatchObject({ id: account.id });
    expect(
      await verifyCredentials({ email: account.email, password: account.password }),
    ).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await resetLinkAccount(older!)).toBeNull();
    expect(await resetLinkAccount(newer!)).toBeNull();
    expect(await resetPassword({ token: older, password: "third password 3" })).toEqual({
      ok: false,
      code: "conflict",
      error: LINK_NOT_USABLE,
    });
  });

  test("a link works once", async () => {
    const { config, tokens } = withOutbox();
    const account = await makeAccount();
    await sendResetLink(account.email, config);
    const [token] = tokens();
    expect((await resetPassword({ token, password: "second password 2" })).ok).toBe(true);
    expect(await resetPassword({ token, password: "third password 3" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(
      await verifyCredentials({ email: account.email, password: "second password 2" }),
    ).not.toBeNull();
  });

  test("of two requests sent at once with one link, exactly one changes the password", async () => {
    const { config, tokens } = withOutbox();
    const account = await makeAccount();
    await sendResetLink(account.email, config);
    const [token] = tokens();
    // Both pass the early check while the other hashes its password; the claim decides.
    const results = await Promise.all([
      resetPassword({ token, password: "racer one 111" }),
      resetPassword({ token, password: "racer two 222" }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    const winner = results[0]!.ok ? "racer one 111" : "racer two 222";
    const loser = results[0]!.ok ? "racer two 222" : "racer one 111";
    expect(await verifyCredentials({ email: account.email, password: winner })).not.toBeNull();
    expect(await verifyCredentials({ email: account.email, password: loser })).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user.sessionVersion).toBe(1);
  });

  test("an expired link is refused, and so is a deleted account's", async () => {
    const { config, tokens } = withOutbox();
    const expired = await makeAccount();
    const deleted = await makeAccount();
    await sendResetLink(expired.email, config);
    await sendResetLink(deleted.email, config);
    const [expiredToken, deletedToken] = tokens();
    await db.passwordReset.updateMany({
      where: { userId: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    for (const token of [expiredToken, deletedToken]) {
      expect(await resetLinkAccount(token!)).toBeNull();
      expect(await resetPassword({ token, password: "new password 9" })).toMatchObject({
        ok: false,
        code: "conflict",
      });
    }
    expect(
      await verifyCredentials({ email: expired.email, password: expired.password }),
    ).not.toBeNull();
  });

  test.each([
    ["a malformed token", { token: "short", password: "long enough 1" }],
    ["a short password", { token: "a".repeat(32), password: "short" }],
    ["an extra field", { token: "a".repeat(32), password: "long enough 1", role: "INSTRUCTOR" }],
  ])("%s is refused before anything is looked up", async (_label, input) => {
    expect(await resetPassword(input)).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("a server that sends no email", () => {
  /** `npm run reset-link -- <email>`, as whoever runs the server would type it. */
  async function resetLinkScript(email: string) {
    const run = promisify(execFile);
    const env = {
      ...process.env,
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      NEXTAUTH_URL: "https://study.example.org",
    };
    const args = ["tsx", "--conditions=react-server", "scripts/reset-link.ts", email];
    return run("npx", args, { env }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }

  test("its operator's script prints a link for the account, which works", async () => {
    const account = await makeAccount();
    const { code, stdout } = await resetLinkScript(account.email.toUpperCase());
    expect(code).toBe(0);
    const token = /^https:\/\/study\.example\.org\/reset-password\?token=([\w-]{32})$/m.exec(
      stdout,
    )?.[1];
    expect(token, stdout).toBeDefined();
    expect(await resetLinkAccount(token!)).toEqual({ email: account.email });
    expect((await resetPassword({ token, password: "chosen by hand 1" })).ok).toBe(true);
  });

  test("and says so when no account uses the address", async () => {
    const email = uniqueEmail("nobody");
    const { code, stdout, stderr } = await resetLinkScript(email);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`No account uses ${email}.`);
  });
});
