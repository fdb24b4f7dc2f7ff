// Input schemas for "Forgot your password?": asking for a link, and choosing the new password.
import { z } from "zod";
import { emailSchema, PASSWORD_MAX, PASSWORD_MIN } from "./auth";

export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });

/**
 * The link's token: 24 random bytes (192 bits), base64url: 32 characters, which keeps a local
 * install's link on one line of its email (`lib/server/auth/password-reset.ts`).
 */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export const resetPasswordSchema = z.strictObject({
  token: z.string().regex(RESET_TOKEN_PATTERN, "This link is not whole: open it from the email."),
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});
