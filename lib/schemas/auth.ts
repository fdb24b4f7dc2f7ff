// Input schemas for signing up and signing in, shared by the forms and the server.
import { z } from "zod";

export const EMAIL_MAX = 254; // RFC 5321 path limit
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128; // bounds the hashing work an attacker can ask for
export const NAME_MAX = 80;
export const ROLES = ["LEARNER", "INSTRUCTOR"] as const;
export type RoleName = (typeof ROLES)[number];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform((value) => value.toLowerCase());

/**
 * The name others see (the header, class rosters and gradebooks): chosen at sign-up and
 * changed in Settings under the same rule.
 */
export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX, `A name has at most ${NAME_MAX} characters.`);

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  role: z.enum(ROLES, { error: "Choose learner or instructor." }).default("LEARNER"),
  /** Required for INSTRUCTOR when the server sets INSTRUCTOR_SIGNUP_CODE. */
  instructorCode: z.string().max(200, "That code is too long.").optional(),
  /** The browser's IANA time zone; the server keeps it only if it knows it (else UTC). */
  timeZone: z.string().max(100).optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  // Only bounded here: a short password is simply wrong, not a different error.
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, "Incorrect email or password."),
});

export type FieldErrors = Partial<Record<string, string[]>>;

/** The one result shape every action and route returns. */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };
