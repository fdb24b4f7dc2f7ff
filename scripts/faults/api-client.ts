// A learner's HTTP client for the fault scenarios: one cookie jar, any instance. Every
// request states an Origin, as a browser does (the CSRF guard refuses changes without one);
// by default the origin of the instance it is sent to.
import { randomUUID } from "node:crypto";

export type Reply<T = unknown> = { status: number; body: T; headers: Headers };

export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    /** Sent as Origin; null: the origin of the instance each request goes to. */
    private readonly origin: string | null = null,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Another client holding this one's cookies now (an old session cookie, say). */
  copy(origin = this.origin): ApiClient {
    const other = new ApiClient(origin);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  async request<T = unknown>(
    base: string,
    method: string,
    path: string,
    options: { json?: unknown; form?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { origin: this.origin ?? base };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(options.form).toString();
    } else if (method !== "GET" && method !== "HEAD") {
      // A change without a body is still declared JSON, as the app's own fetch helper does.
      headers["content-type"] = "application/json";
    }
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "")
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** Sign-up (the JSON route the sign-up page posts to). */
  async signUp(base: string, email: string, password: string): Promise<Reply> {
    const reply = await this.request(base, "POST", "/api/users", {
      json: { name: "Faults Learner", email, password },
    });
    if (reply.status !== 201)
      throw new Error(`sign-up: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }

  /** next-auth's credentials sign-in, as its client does it: CSRF token, then the callback. */
  async signIn(base: string, email: string, password: string, csrfFrom = base): Promise<Reply> {
    const csrf = await this.request<{ csrfToken: string }>(csrfFrom, "GET", "/api/auth/csrf");
    return this.request(base, "POST", "/api/auth/callback/credentials", {
      form: { email, password, csrfToken: csrf.body.csrfToken, json: "true" },
    });
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }
}

export const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@faults.example`;
