/**
 * The one place that reads and validates the environment (@t3-oss/env-nextjs with zod).
 * Everything else imports `env` from here; no other module reads process.env.
 *
 * Validation happens when this module is first imported. The production rule (a deployment
 * on its own database must set NEXTAUTH_SECRET and NEXTAUTH_URL) is checked when the server
 * starts (instrumentation.ts, scripts/start.ts), not at import, so `next build` needs no
 * secrets.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const flag = z.enum(["0", "1"]).default("0");

/** Variables that server and browser code alike may read. */
export const sharedEnvSchema = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
};

/** Server-only variables: reading one in the browser throws. */
export const serverEnvSchema = {
  /** PostgreSQL connection string; `npm start` sets it to its embedded server when unset. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** "1" when `npm start` runs its own embedded PostgreSQL (a local, single-user install). */
  EMBEDDED_DATABASE: flag,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  SEED_DEMO: flag,
  DEMO_PASSWORD: z.string().min(8).default("demo-password"),
  INSTRUCTOR_SIGNUP_CODE: z.string().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /**
   * Where email goes (password-reset links). An SMTP server's address, e.g.
   * smtps://user:password@mail.example.org:465; without it, MAIL_OUTBOX_DIR.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of the app's email. */
  MAIL_FROM: z.string().min(3).default("Partnership Study <no-reply@localhost>"),
  /**
   * Without SMTP_URL: a folder each email is written to as a file (.eml) instead of being sent;
   * `npm start` sets .data/outbox when it runs its own PostgreSQL. Neither: no email is sent,
   * and "Forgot your password?" says that it cannot help.
   */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** Connecting to PostgreSQL gives up after this long (the request then answers 503). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** A statement is cancelled after this long, by the server and by the client. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * How many reverse proxies (load balancer, CDN) stand in front of the app and append the
   * caller's address to X-Forwarded-For. 0: the socket's peer is the caller. The rate limits
   * key on the address this yields; too high a number lets clients choose theirs.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * "1" only under `npm run bench:load`: serves the benchmark's floors (a bare route handler,
   * a bare signed-in page) and counts SQL statements. Off (404) everywhere else.
   */
  BENCH_MODE: flag,
  /** pino level; the default is "info", and "silent" under Vitest. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
};

type EnvSource = Record<string, string | undefined>;
export type Env = ReturnType<typeof readEnv>;

/** Parses an environment (process.env by default); throws naming every bad variable. */
export function readEnv(source: EnvSource = process.env) {
  const keys = [...Object.keys(sharedEnvSchema), ...Object.keys(serverEnvSchema)];
  const runtimeEnv = Object.fromEntries(keys.map((key) => [key, source[key]])) as Record<
    keyof typeof sharedEnvSchema | keyof typeof serverEnvSchema,
    string | undefined
  >;
  return createEnv({
    shared: sharedEnvSchema,
    server: serverEnvSchema,
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      const lines = issues.map((issue) => {
        const name = issue.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".");
        return `  ${name}: ${issue.message}`;
      });
      throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
    },
  });
}

/**
 * What a production server refuses to start without, as messages naming each variable and
 * how to set it. Empty when nothing is missing. A local install (`npm start` with its
 * embedded database) gets a generated secret and the origin of each request instead.
 */
export function missingProductionSettings(config: Env): string[] {
  if (config.NODE_ENV !== "production" || config.EMBEDDED_DATABASE === "1") return [];
  const missing: string[] = [];
  if (!config.NEXTAUTH_SECRET) {
    missing.push(
      "NEXTAUTH_SECRET is not set: it signs the session cookies. " +
        "Set it to a random string of 32 characters or more, e.g. " +
        "NEXTAUTH_SECRET=$(openssl rand -base64 32)",
    );
  }
  if (!config.NEXTAUTH_URL) {
    missing.push(
      "NEXTAUTH_URL is not set: sign-in links and redirects are built from it. " +
        "Set it to the public address of the app, e.g. NEXTAUTH_URL=https://study.example.org",
    );
  }
  return missing;
}

/**
 * Session cookies are `Secure` (and `__Secure-` prefixed) in production, unless the app is
 * served from this machine itself (a local `npm start` on http://localhost, the e2e tests).
 */
export function usesSecureCookies(config: Env = env): boolean {
  if (config.NODE_ENV !== "production") return false;
  if (!config.NEXTAUTH_URL) return config.EMBEDDED_DATABASE !== "1";
  const { protocol, hostname } = new URL(config.NEXTAUTH_URL);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
  return protocol === "https:" || !local;
}

export const env = readEnv();
