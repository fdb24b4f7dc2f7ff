/**
 * Class join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a
 * code read off a projector or dictated is typed right. 31^8 ≈ 8.5e11 codes: guessing one
 * is hopeless, and a collision on creation is simply retried by the server.
 * Randomness is an argument (a uniform integer source), so codes are testable.
 */

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** `randomInt(n)` must return a uniform integer in [0, n). */
export function generateJoinCode(
  randomInt: (maxExclusive: number) => number,
  length = JOIN_CODE_LENGTH,
): string {
  let code = "";
  for (let i = 0; i < length; i++) {
    const index = randomInt(JOIN_CODE_ALPHABET.length);
    if (!Number.isInteger(index) || index < 0 || index >= JOIN_CODE_ALPHABET.length) {
      throw new RangeError(
        `randomInt returned ${index}, outside [0, ${JOIN_CODE_ALPHABET.length})`,
      );
    }
    code += JOIN_CODE_ALPHABET[index];
  }
  return code;
}

/**
 * What a learner typed or pasted, as a code: a pasted join link counts by its last path
 * segment; spaces, dashes and case do not matter ("abcd-efgh" = "ABCDEFGH").
 */
export function normalizeJoinCode(input: string): string {
  let text = input.trim();
  if (text.includes("/")) {
    const path = text.split(/[?#]/)[0]!.replace(/\/+$/, "");
    text = path.slice(path.lastIndexOf("/") + 1);
  }
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

/** True when the text could be a code at all (saves a database look-up for junk). */
export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** For display: "ABCD-EFGH" reads more easily than eight letters in a row. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Where a join link points (relative to the site). */
export function joinPath(code: string): string {
  return `/classes/join/${code}`;
}

/**
 * Where a learner lands after joining: their assignments, which then confirm the join and name
 * the class (`joined` is checked against the learner's own classes there).
 */
export function afterJoinPath(classId: string): string {
  return `/assignments?joined=${encodeURIComponent(classId)}`;
}
