// Only same-site paths are followed after sign-in, so a crafted link cannot send a user to
// another site (open redirect).
export function safeCallbackUrl(
  value: string | string[] | undefined | null,
  fallback = "/",
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\"))
    return fallback;
  if (raw.startsWith("/signin") || raw.startsWith("/signup")) return fallback;
  return raw;
}
