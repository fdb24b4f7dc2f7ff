/**
 * The caller's network address, for the rate limits. Route handlers in Next cannot see the
 * socket, and `X-Forwarded-For` is whatever the client wrote (Next only fills it in when it
 * is absent). So the app's own HTTP server (scripts/serve.ts) works the address out from the
 * socket, trusting exactly TRUSTED_PROXY_HOPS proxies in front of it, and hands it on in a
 * header signed with NEXTAUTH_SECRET; the route edge believes only a valid signature. A value
 * the client made up has no valid signature, and without the server there is no address.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const CLIENT_ADDRESS_HEADER = "x-study-client-address";
/** What the limits key on when no signed address came with the request. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The address `hops` trusted proxies away: the socket's peer with 0, else the entry each
 * proxy appended to X-Forwarded-For, counted from the right (the left end is the client's
 * own claim, believed only when every proxy in between is trusted).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const listed = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...listed, socketAddress ?? UNKNOWN_ADDRESS];
  return chain[Math.max(0, chain.length - 1 - hops)]!;
}

const mac = (address: string, secret: string) =>
  createHmac("sha256", secret).update(`client-address:${address}`).digest("base64url");

export function signClientAddress(address: string, secret: string): string {
  return `${encodeURIComponent(address)};${mac(address, secret)}`;
}

/** The address from a signed header value, or UNKNOWN_ADDRESS when unsigned or forged. */
export function verifyClientAddress(value: string | null | undefined, secret?: string): string {
  if (!value || !secret) return UNKNOWN_ADDRESS;
  const [encoded, given] = value.split(";");
  if (!encoded || !given) return UNKNOWN_ADDRESS;
  let address: string;
  try {
    address = decodeURIComponent(encoded);
  } catch {
    return UNKNOWN_ADDRESS;
  }
  const expected = Buffer.from(mac(address, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? address
    : UNKNOWN_ADDRESS;
}
