import "server-only";
import { createHash } from "node:crypto";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Limits on guessing (issue 12, finding 1), kept by rate-limiter-flexible in PostgreSQL (the
 * "RateLimit" table) so that every app instance counts together. Keys are hashed: an email
 * and an address can be longer than the store's 255-character key, and need not be readable.
 *
 * Wrong passwords are counted three ways:
 *  - per account and address: 5 in 15 minutes, then that address waits out the window;
 *  - per address, any account: 50 an hour (one machine trying many accounts);
 *  - per account, any address: 20 an hour, then a block that doubles each time (1, 2, 4...
 *    minutes, at most 15) for many machines sharing the guesses. An address that has signed
 *    in to the account before (in the last 30 days) is not held back by this one, so a
 *    stranger cannot lock the owner out from where the owner usually signs in, and anyone
 *    else for longer than 15 minutes at a time.
 */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
export const SIGN_IN_LIMITS = {
  pair: { points: 5, duration: 15 * MINUTE },
  address: { points: 50, duration: HOUR },
  account: { points: 20, duration: HOUR },
  backoff: { first: MINUTE, max: 15 * MINUTE },
  known: { duration: 30 * 24 * HOUR },
};
export const SIGN_UP_LIMIT = { points: 100, duration: HOUR };
/**
 * "Forgot your password?": requests per address (refused beyond, 429), and emails per account
 * (beyond, the request is answered alike and nothing is sent, so the answer tells no one
 * whether the account exists; nor can a stranger fill its owner's inbox).
 */
export const RESET_LIMITS = {
  address: { points: 20, duration: HOUR },
  account: { points: 3, duration: HOUR },
};
/** Wrong join codes: per user and per address. */
export const JOIN_LIMITS = {
  user: { points: 10, duration: 15 * MINUTE },
  address: { points: 30, duration: 15 * MINUTE },
};

const globalForLimits = globalThis as typeof globalThis & { rateLimitPool?: Pool };

function pool(): Pool {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
  globalForLimits.rateLimitPool ??= new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  return globalForLimits.rateLimitPool;
}

type Limiter = RateLimiterPostgres & { points: number };
const limiters = new Map<string, Limiter>();

function limiter(keyPrefix: string, points: number, duration: number): Limiter {
  let found = limiters.get(keyPrefix);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "RateLimit",
      // The migration made it (prisma/migrations/*_rate_limits).
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    }) as Limiter;
    limiters.set(keyPrefix, found);
  }
  return found;
}

/** The stored key's hashed part for these parts (exported for tests that age a counter). */
export const key = (...parts: string[]) =>
  createHash("sha256").update(parts.join("\u0000")).digest("base64url");
const normalEmail = (email: string) => email.trim().toLowerCase();

const pairLimiter = () =>
  limiter("sign-in-pair", SIGN_IN_LIMITS.pair.points, SIGN_IN_LIMITS.pair.duration);
const addressLimiter = () =>
  limiter("sign-in-address", SIGN_IN_LIMITS.address.points, SIGN_IN_LIMITS.address.duration);
const accountLimiter = () =>
  limiter("sign-in-account", SIGN_IN_LIMITS.account.points, SIGN_IN_LIMITS.account.duration);
const strikeLimiter = () => limiter("sign-in-strikes", 1_000, 24 * HOUR);
const knownLimiter = () => limiter("sign-in-known", 1, SIGN_IN_LIMITS.known.duration);

/** Seconds until this counter lets the caller through again; 0 when it does now. */
async function waitOf(from: Limiter, k: string): Promise<number> {
  const state = await from.get(k);
  if (!state || state.consumedPoints < from.points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Adds one to a counter; never throws for being over the limit. */
async function count(from: Limiter, k: string): Promise<RateLimiterRes> {
  try {
    return await from.consume(k);
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}

async function isKnownAddress(email: string, address: string): Promise<boolean> {
  return (await knownLimiter().get(key(normalEmail(email), address))) !== null;
}

/** Seconds this address must wait before trying a password for this email; 0 when it may. */
export async function signInWait(email: string, address: string): Promise<number> {
  const account = normalEmail(email);
  const waits = await Promise.all([
    waitOf(pairLimiter(), key(account, address)),
    waitOf(addressLimiter(), key(address)),
    isKnownAddress(account, address).then((known) =>
      known ? 0 : waitOf(accountLimiter(), key(account)),
    ),
  ]);
  return Math.max(...waits);
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const account = normalEmail(email);
  const [, , perAccount] = await Promise.all([
    count(pairLimiter(), key(account, address)),
    count(addressLimiter(), key(address)),
    count(accountLimiter(), key(account)),
  ]);
  if (perAccount.consumedPoints === SIGN_IN_LIMITS.account.points) {
    // The account's window is full: block it, longer each time today, never for long.
    const strikes = await count(strikeLimiter(), key(account));
    const { first, max } = SIGN_IN_LIMITS.backoff;
    const seconds = Math.min(max, first * 2 ** (strikes.consumedPoints - 1));
    await accountLimiter().block(key(account), seconds);
  }
}

/** The right password: this address's count for the account starts again, and it is known. */
export async function recordSuccessfulSignIn(email: string, address: string): Promise<void> {
  const account = normalEmail(email);
  await Promise.all([
    pairLimiter().delete(key(account, address)),
    knownLimiter().set(key(account, address), 1, SIGN_IN_LIMITS.known.duration),
  ]);
}

/** Counts a sign-up from this address; the seconds to wait when over the limit, else 0. */
export async function consumeSignUp(address: string): Promise<number> {
  const from = limiter("sign-up", SIGN_UP_LIMIT.points, SIGN_UP_LIMIT.duration);
  const state = await count(from, key(address));
  return state.consumedPoints > from.points ? Math.ceil(state.msBeforeNext / 1000) : 0;
}

const joinUserLimiter = () =>
  limiter("join-user", JOIN_LIMITS.user.points, JOIN_LIMITS.user.duration);
const joinAddressLimiter = () =>
  limiter("join-address", JOIN_LIMITS.address.points, JOIN_LIMITS.address.duration);

/** Seconds this user (from this address) must wait before trying another join code. */
export async function joinCodeWait(userId: string, address: string): Promise<number> {
  const waits = await Promise.all([
    waitOf(joinUserLimiter(), key(userId)),
    waitOf(joinAddressLimiter(), key(address)),
  ]);
  return Math.max(...waits);
}

export async function recordWrongJoinCode(userId: string, address: string): Promise<void> {
  await Promise.all([
    count(joinUserLimiter(), key(userId)),
    count(joinAddressLimiter(), key(address)),
  ]);
}

/** Counts a password-reset request from this address; the seconds to wait when over, else 0. */
export async function consumeResetRequest(address: string): Promise<number> {
  const { points, duration } = RESET_LIMITS.address;
  const state = await count(limiter("reset-address", points, duration), key(address));
  return state.consumedPoints > points ? Math.ceil(state.msBeforeNext / 1000) : 0;
}

/** Counts a reset email to this account; false when its hour's emails are already sent. */
export async function consumeResetMail(email: string): Promise<boolean> {
  const { points, duration } = RESET_LIMITS.account;
  const state = await count(limiter("reset-account", points, duration), key(normalEmail(email)));
  return state.consumedPoints <= points;
}
