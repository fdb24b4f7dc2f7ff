// What text the app accepts anywhere: no NUL (PostgreSQL cannot store it in text columns) and
// no unpaired UTF-16 surrogate (it has no UTF-8 form). Shared by the forms' schemas and the
// route edge, which refuses such a body or path before any service sees it.
import { z } from "zod";

export const UNSAFE_TEXT_MESSAGE =
  "Text must not contain NUL characters or unpaired surrogates (broken Unicode).";

/** Why a string cannot be stored, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "Text must not contain NUL characters.";
  if (!value.isWellFormed()) return "Text must not contain unpaired surrogates (broken Unicode).";
  return null;
}

/** A string the database can store; build field schemas on it (`safeString().trim()...`). */
export const safeString = (params?: { error?: string }) =>
  z.string(params).refine((value) => unsafeTextReason(value) === null, UNSAFE_TEXT_MESSAGE);

/** The first string anywhere inside a parsed JSON value (keys too) that cannot be stored. */
export function findUnsafeText(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      const reason = unsafeTextReason(item);
      if (reason) return reason;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        const reason = unsafeTextReason(key);
        if (reason) return reason;
        stack.push(child);
      }
    }
  }
  return null;
}

/**
 * Why a URL path cannot name anything here, or null: a segment whose percent-escapes do not
 * decode as UTF-8 (`%ff%fe`), or that decodes to text the database cannot store (`%00`).
 */
export function unsafePathReason(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "The address contains a malformed percent-escape.";
    }
    if (unsafeTextReason(decoded)) return "The address contains characters that name nothing.";
  }
  return null;
}
