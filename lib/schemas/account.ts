// Input schema for deleting one's own account, shared by the form and the server.
import { z } from "zod";
import { EMAIL_MAX } from "./auth";

/** The email typed to confirm; compared with the account's, ignoring case, on the server. */
export const deleteAccountSchema = z.strictObject({
  confirmEmail: z
    .string()
    .trim()
    .min(1, "Type your email address to confirm.")
    .max(EMAIL_MAX, "That is not your account's email address."),
});
