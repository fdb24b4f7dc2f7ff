// Input schema for deleting one's own account, shared by the form and the server.
import { z } from "zod";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN, nameSchema } from "./auth";

/** The email typed to confirm; compared with the account's, ignoring case, on the server. */
export const deleteAccountSchema = z.strictObject({
  confirmEmail: z
    .string()
    .trim()
    .min(1, "Type your email address to confirm.")
    .max(EMAIL_MAX, "That is not your account's email address."),
});

/** Changing one's password: the current one proves it is the owner at the keyboard. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, "Enter your current password.")
    .max(PASSWORD_MAX, "That is not your current password."),
  newPassword: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

/**
 * Changing one's own account (PATCH /api/account): the name only. Strict, so an email sent
 * along is refused rather than silently ignored: changing the address is not offered.
 */
export const updateAccountSchema = z.strictObject({ name: nameSchema });
