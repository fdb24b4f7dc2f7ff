import { describe, expect, test } from "vitest";
import { changePassword } from "@/lib/server/account/change-password";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";
import { rowsRead } from "@/test/rows-read";
import { uniqueEmail } from "@/test/unique";
import {
  checkSessionToken,
  SessionRevokedError,
  sessionClaims,
  signOutEverywhere,
  userOfToken,
} from "./session-version";
import { verifyCredentials } from "./verify-credentials";

async function signedInUser(label: string, password = "first-password") {
  const email = uniqueEmail(label);
  const created = await createUser({ name: label, email, password });
  if (!created.ok) throw new Error(created.error);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const claims = await sessionClaims(user.id);
  if (!claims) throw new Error("no claims");
  // Two devices: two tokens issued from the same claims.
  return { user, email, phone: { ...claims }, laptop: { ...claims } };
}

describe("revocable sessions", () => {
  test("sign out everywhere ends every session issued before it, not later ones", async () => {
    const { user, phone, laptop } = await signedInUser("everywhere");
    await expect(checkSessionToken(phone)).resolves.toMatchObject({ uid: user.id });
    expect(await signOutEverywhere(user.id)).toMatchObject({ ok: true });
    await expect(checkSessionToken(phone)).rejects.toBeInstanceOf(SessionRevokedError);
    await expect(checkSessionToken(laptop)).rejects.toBeInstanceOf(SessionRevokedError);
    const fresh = await sessionClaims(user.id);
    await expect(checkSessionToken(fresh!)).resolves.toMatchObject({ uid: user.id });
  });

  test("a token from before versions existed is still valid", async () => {
    const { user } = await signedInUser("legacy");
    await expect(checkSessionToken({ uid: user.id, role: "LEARNER" })).resolves.toMatchObject({
      uid: user.id,
    });
  });

  test("a changed role reaches existing sessions at their next read", async () => {
    const { user, phone } = await signedInUser("role");
    await db.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
    await expect(checkSessionToken(phone)).resolves.toMatchObject({ role: "INSTRUCTOR" });
  });

  test("a password change needs the current password, then ends every session", async () => {
    const { user, email, phone } = await signedInUser("password");
    const wrong = await changePassword(user.id, {
      currentPassword: "not-it",
      newPassword: "second-password",
    });
    expect(wrong).toMatchObject({ ok: false, code: "invalid" });
    await expect(checkSessionToken(phone)).resolves.toBeTruthy();

    const changed = await changePassword(user.id, {
      currentPassword: "first-password",
      newPassword: "second-password",
    });
    expect(changed).toMatchObject({ ok: true });
    await expect(checkSessionToken(phone)).rejects.toBeInstanceOf(SessionRevokedError);
    expect(await verifyCredentials({ email, password: "first-password" })).toBeNull();
    expect(await verifyCredentials({ email, password: "second-password" })).toMatchObject({
      id: user.id,
    });
  });

  test("deleting the account ends its sessions", async () => {
    const { user, email, phone } = await signedInUser("deleted");
    expect(await deleteAccount(user.id, { confirmEmail: email })).toMatchObject({ ok: true });
    await expect(checkSessionToken(phone)).rejects.toBeInstanceOf(SessionRevokedError);
  });
});

describe("the app's own session read (userOfToken)", () => {
  test("one statement gives the user, and nothing once their sessions are ended", async () => {
    const { user, phone } = await signedInUser("own-read");
    const { result, statements } = await rowsRead(() => userOfToken(phone));
    expect(result).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "LEARNER",
      timeZone: user.timeZone,
    });
    expect(statements).toHaveLength(1);
    await signOutEverywhere(user.id);
    expect(await userOfToken(phone)).toBeNull();
    expect(await userOfToken(await sessionClaims(user.id).then((c) => c!))).toMatchObject({
      id: user.id,
    });
    expect(await userOfToken({ uid: undefined })).toBeNull();
  });

  test("a deleted account's token names nobody", async () => {
    const { user, email, phone } = await signedInUser("own-read-deleted");
    expect(await deleteAccount(user.id, { confirmEmail: email })).toMatchObject({ ok: true });
    expect(await userOfToken(phone)).toBeNull();
  });
});
