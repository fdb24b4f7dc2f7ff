/**
 * The security headers on every answer (issue 12, finding 10), set by proxy.ts. Scripts run
 * only from this origin or with this request's nonce ('strict-dynamic' lets Next's own
 * chunks load the rest); Next reads the nonce from the request's CSP header and puts it on
 * the scripts it writes into the page. Styles may be inline (React style attributes), which
 * cannot run code.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The service worker (/serwist/sw.js): without this, workers fall back to script-src,
    // whose 'strict-dynamic' ignores 'self', and registering it would be refused.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits) for one request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function securityHeaders(nonce: string, production: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, !production),
    // Nothing here uses these; a script that got in cannot either.
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    // A page opened from here (or opening this app) gets no handle on its window.
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Browsers heed it only over HTTPS; a local `npm start` on http://localhost ignores it.
  if (production) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
