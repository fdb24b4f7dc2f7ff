import "server-only";
import { CLIENT_ADDRESS_HEADER, verifyClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The caller's address as the app's server signed it (lib/client-address.ts), or "unknown".
 * Never X-Forwarded-For itself: its left end is whatever the client wrote.
 */
export function clientAddressOf(headers: HeaderSource): string {
  const raw =
    headers instanceof Headers
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : headers?.[CLIENT_ADDRESS_HEADER];
  return verifyClientAddress(Array.isArray(raw) ? raw[0] : raw, env.NEXTAUTH_SECRET);
}
