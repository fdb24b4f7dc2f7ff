import "server-only";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import type { IdMask } from "@/lib/domain/quiz/attempt-ids";
import { env } from "@/lib/env";

let idKey: Buffer | undefined;

/**
 * The key behind the ids the browser sees: derived (HKDF-SHA256) from NEXTAUTH_SECRET, so the
 * session secret itself signs nothing else. Without that secret (development, tests) a random
 * key per process: ids then change when the server restarts, and the player reloads them.
 */
function attemptIdKey(): Buffer {
  idKey ??= env.NEXTAUTH_SECRET
    ? Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "", "quiz attempt ids", 32))
    : randomBytes(32);
  return idKey;
}

/**
 * The ids of the question at `position` of an attempt, as the browser sees them:
 * HMAC-SHA256(key, attempt id, position, stored id), 80 bits in hex (the response schema's id
 * alphabet). See lib/domain/quiz/attempt-ids.ts.
 */
export function attemptIdMask(attemptId: string, position: number): IdMask {
  const key = attemptIdKey();
  return (label) =>
    createHmac("sha256", key)
      .update(`${attemptId}\u0000${position}\u0000${label}`)
      .digest("hex")
      .slice(0, 20);
}
