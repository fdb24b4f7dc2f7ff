import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Per-process limits (rate-limiter-flexible). One app process serves this app; a deployment
// with several would swap RateLimiterMemory for its Redis or Postgres store.
const failedSignIns = new RateLimiterMemory({
  keyPrefix: "sign-in-fail",
  points: 10,
  duration: 15 * 60,
});
const signUps = new RateLimiterMemory({ keyPrefix: "sign-up", points: 100, duration: 60 * 60 });

export function clientIp(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
): string {
  const raw =
    headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "local";
}

async function isBlocked(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  const state = await limiter.get(key);
  return state !== null && state.remainingPoints <= 0;
}

/** Too many wrong passwords for this email from this address in the last 15 minutes. */
export function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  return isBlocked(failedSignIns, `${email.trim().toLowerCase()}|${ip}`);
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  await failedSignIns.penalty(`${email.trim().toLowerCase()}|${ip}`, 1);
}

export async function clearFailedSignIns(email: string, ip: string): Promise<void> {
  await failedSignIns.delete(`${email.trim().toLowerCase()}|${ip}`);
}

/** Returns the seconds to wait when this address has signed up too often, else 0. */
export async function consumeSignUp(ip: string): Promise<number> {
  try {
    await signUps.consume(ip);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.ceil(error.msBeforeNext / 1000);
    throw error;
  }
}
