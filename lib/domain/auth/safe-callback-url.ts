// Only same-site paths are followed after sign-in, so a crafted link cannot send a user to
// another site (open redirect). The test is the URL parser's own verdict, not a prefix check:
// browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil.example` is `//evil.example`.
const BASE = "http://app.invalid";

/** Why a callback URL is refused (the page answers 400 with it), or null when it is a path. */
export function callbackUrlProblem(raw: string): string | null {
  // Printable ASCII only: what our own links carry (they percent-encode everything else).
  if (!/^[\x21-\x7e]*$/.test(raw))
    return "callbackUrl must be a path of printable ASCII characters (no spaces or line breaks).";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "callbackUrl is not a valid path.";
  }
  if (!raw.startsWith("/") || url.origin !== BASE)
    return "callbackUrl must be a path on this site, like /progress.";
  return null;
}

export function safeCallbackUrl(
  value: string | string[] | undefined | null,
  fallback = "/",
  { authPages = false }: { authPages?: boolean } = {},
): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || callbackUrlProblem(raw)) return fallback;
  // The parsed form, so what the browser follows is exactly what was checked.
  const url = new URL(raw, BASE);
  // After signing in, going back to sign-in or sign-up would loop; after signing out (next-auth's
  // redirect callback passes authPages) the sign-in page is the right place.
  // "/.//evil.example" parses to the path "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return fallback;
  const authPage = url.pathname.startsWith("/signin") || url.pathname.startsWith("/signup");
  if (authPage && !authPages) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
