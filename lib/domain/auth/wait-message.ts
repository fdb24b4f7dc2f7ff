// How long a rate-limited caller must wait, in words, and the sign-in error code that carries
// it through next-auth (which passes only an `error` string back to the form).
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/** "in 45 seconds", "in 1 minute", "in 15 minutes", "in 2 hours". */
export function waitInWords(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `in ${s} second${s === 1 ? "" : "s"}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `in ${Math.ceil(minutes / 60)} hours`;
}

export function tooManySignInsMessage(seconds: number): string {
  return `Too many sign-in attempts. Try again ${waitInWords(seconds)}.`;
}

/** `TooManyAttempts:300`: the error code next-auth hands back, with the wait in seconds. */
export function tooManyAttemptsCode(seconds: number): string {
  return `${TOO_MANY_ATTEMPTS}:${Math.max(1, Math.ceil(seconds))}`;
}

/** The wait in seconds from such a code; null for any other error. */
export function parseTooManyAttempts(code: string | null | undefined): number | null {
  const match = /^TooManyAttempts(?::(\d{1,7}))?$/.exec(code ?? "");
  if (!match) return null;
  return match[1] ? Number(match[1]) : 15 * 60;
}
