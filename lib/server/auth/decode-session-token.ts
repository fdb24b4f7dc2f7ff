import "server-only";
import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

/** next-auth/jwt's HKDF info for its encryption key (no salt, as the session cookie uses). */
const INFO = "NextAuth.js Generated Encryption Key";
/** next-auth's `decode` accepts a token this many seconds past its expiry. */
const CLOCK_TOLERANCE_S = 15;

/** The key of the last secret seen: one secret a process, so one derivation a process. */
let derived: { secret: string; key: KeyObject } | null = null;

function encryptionKey(secret: string): KeyObject {
  if (derived?.secret !== secret) {
    const bytes = Buffer.from(hkdfSync("sha256", secret, "", INFO, 32));
    derived = { secret, key: createSecretKey(bytes) };
  }
  return derived.key;
}

/**
 * next-auth's session token decrypted as next-auth's own `decode` does (HKDF-SHA256 key from
 * the secret, JWE "dir" + A256GCM, expiry checked with 15 s of tolerance), except that the key
 * is derived once, not on every request. Throws on a token that is not ours, was tampered with
 * or has expired (`decode-session-token.test.ts` checks both against next-auth's `encode`).
 */
export async function decodeSessionToken(token: string, secret: string): Promise<JWT> {
  const { payload } = await jwtDecrypt(token, encryptionKey(secret), {
    clockTolerance: CLOCK_TOLERANCE_S,
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  return payload as JWT;
}

/**
 * decodeSessionToken as next-auth's `decode` option (what the proxy passes to `getToken`):
 * no token is no session; getToken treats a throw as no session too.
 */
export const decodeSessionCookie = ({ token, secret }: JWTDecodeParams) =>
  token ? decodeSessionToken(token, String(secret)) : null;
