import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { APP_NAME } from "@/lib/domain/app-name";
import { env, type Env } from "@/lib/env";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/schemas/password-reset";
import { consumeResetMail } from "@/lib/server/auth/rate-limits";
import { revokeSessions } from "@/lib/server/auth/session-version";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/log";
import { mailDelivery, sendMail } from "@/lib/server/mail/send-mail";
import { hashPassword } from "@/lib/server/password";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

/** How long a link works. */
export const RESET_LINK_MINUTES = 60;

export const NO_MAIL =
  "This server sends no email, so it cannot send you a link. Ask the person who runs it: " +
  "they can make you one.";
export const LINK_NOT_USABLE = "This link has expired or has been used already: ask for a new one.";
export const NO_LINK = "This page needs the link from your password-reset email.";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Where the links point: the app's public address (never the request's Host header). */
export function appOrigin(config: Env = env): string {
  return config.NEXTAUTH_URL
    ? new URL(config.NEXTAUTH_URL).origin
    : `http://localhost:${config.PORT}`;
}

/** The email address asked about, checked; the link itself goes out with `sendResetLink`. */
export function parseResetRequest(
  input: unknown,
  config: Env = env,
): ServiceResult<{ email: string }> {
  if (mailDelivery(config) === "none") return fail("not_found", NO_MAIL);
  const parsed = requestPasswordResetSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  return ok(parsed.data);
}

/** Wraps a paragraph at spaces into lines of at most `width` characters (a long word alone). */
function wrap(paragraph: string, width = 72): string {
  const lines: string[] = [];
  for (const word of paragraph.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

/**
 * The email's text, in lines of at most 72 characters and the link on a line of its own: with
 * no line over 76, the message goes as plain 7-bit text, so a local install's outbox file shows
 * the link whole (with longer lines, nodemailer encodes it quoted-printable: "=3D", split lines).
 */
function resetEmailText(email: string, link: string): string {
  return (
    [
      wrap(
        `Someone, we hope you, asked to choose a new password for the ${APP_NAME} account ` +
          `of ${email}. Open this link within ${RESET_LINK_MINUTES} minutes to choose it:`,
      ),
      link,
      wrap(
        "The link works once. If you did not ask, ignore this email: your password stays as it is.",
      ),
    ].join("\n\n") + "\n"
  );
}

/** The account that uses this address (any case); deleted accounts have none. */
function accountOf(email: string) {
  return db.user.findFirst({
    where: { email: email.trim().toLowerCase(), deletedAt: null },
    select: { id: true, email: true },
  });
}

/** Stores a new link for the account (its token's hash) and returns it. */
async function newResetLink(userId: string, config: Env) {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + RESET_LINK_MINUTES * 60_000);
  const reset = await db.passwordReset.create({
    data: { userId, tokenHash: hashToken(token), expiresAt },
    select: { id: true },
  });
  return { reset, link: `${appOrigin(config)}/reset-password?token=${token}` };
}

/**
 * A link for the account with this address, for whoever runs a server that sends no email
 * to pass on to its owner (`npm run reset-link`); null when no account uses the address.
 */
export async function makeResetLink(email: string, config: Env = env): Promise<string | null> {
  const user = await accountOf(email);
  return user ? (await newResetLink(user.id, config)).link : null;
}

export type ResetLinkOutcome = "sent" | "no-account" | "limited";

/**
 * Emails a one-time link to choose a new password to the account with this address, if
 * there is one (deleted accounts have none) and it has not had 3 links this hour. The route
 * runs it after answering, so neither the answer nor its timing says which it was. An account
 * that signs in only through GitHub or Google gets a password this way, as its email's owner.
 */
export async function sendResetLink(email: string, config: Env = env): Promise<ResetLinkOutcome> {
  const user = await accountOf(email);
  if (!user) return "no-account";
  if (!(await consumeResetMail(user.email))) return "limited";
  const { reset, link } = await newResetLink(user.id, config);
  try {
    await sendMail(
      {
        to: user.email,
        subject: `Choose a new password for ${APP_NAME}`,
        text: resetEmailText(user.email, link),
      },
      config,
    );
  } catch (error) {
    // A link that never arrived must not stay usable.
    await db.passwordReset.delete({ where: { id: reset.id } });
    throw error;
  }
  return "sent";
}

/** A link's row and account while the link can still be used; null when it cannot. */
async function usableLink(token: string) {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, deletedAt: true } },
    },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.deletedAt) return null;
  return { id: reset.id, userId: reset.userId, email: reset.user.email };
}

/** The account a link is for, while it can still be used; null when it cannot. */
export async function resetLinkAccount(token: string): Promise<{ email: string } | null> {
  const link = await usableLink(token);
  return link && { email: link.email };
}

/**
 * Sets the password a link was sent for, once: the link is claimed by a conditional update,
 * so of two requests with it only one changes the password. Every session of the account is
 * signed out (whoever knew the old password with it), and its other links stop working.
 */
export async function resetPassword(input: unknown): Promise<ServiceResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  // Checked before hashing: a dead link costs no argon2 work.
  const reset = await usableLink(parsed.data.token);
  if (!reset) return fail("conflict", LINK_NOT_USABLE);
  const passwordHash = await hashPassword(parsed.data.password);
  const claimedIt = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    // Another request claimed it first (or it expired meanwhile): nothing was written.
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await revokeSessions(reset.userId, tx);
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId, id: { not: reset.id } } });
    return true;
  });
  if (!claimedIt) return fail("conflict", LINK_NOT_USABLE);
  logger.info({ event: "password-reset" }, "a password was reset through an emailed link");
  return ok({ email: reset.email });
}
