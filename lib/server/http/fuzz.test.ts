// Issue 12's fuzz suite: hostile bodies, paths and headers against every route handler under
// app/api (the real handlers, real PostgreSQL; only the session is stood in for). Two
// properties: no answer is a 5xx, and a refused answer (4xx) leaves the database as it was.
// The counts by status are printed at the end ("fuzz: statuses ...").
// next-auth's own routes (/api/auth/*) are its code, not ours; they are left out here, and
// the sign-in limit in front of them has its own tests (lib/server/auth/rate-limits.test.ts).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import {
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeQuizSet,
  sitAttempt,
  WHILE_OPEN,
  type TestUser,
} from "../classes/test-fixtures";
import { JSON_BODY_LIMIT } from "./request-guard";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
type Route = { path: string; method: string; params: string[]; handler: Handler };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const modules = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts", {
  eager: true,
});
const ROUTES: Route[] = Object.entries(modules)
  .filter(([file]) => !file.includes("/api/auth/"))
  .flatMap(([file, module]) => {
    const path = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "");
    const params = [...path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    return METHODS.filter((m) => typeof module[m] === "function").map((method) => ({
      path,
      method,
      params,
      handler: module[method] as Handler,
    }));
  });

const ORIGIN = "http://localhost";
const ids: Record<string, string[]> = {};
let users: TestUser[] = [];

/**
 * Every table's row count and the sum of its rows' `xmin` (the transaction that wrote each row
 * version), the usage counters aside (RateLimit for sign-in, sign-up and join codes;
 * UsageWindow for exports): counting refused requests is their job. Any insert or update gives
 * its rows a transaction id above every earlier one, and a delete lowers the count, so a
 * refused request that writes any row, even one whose values it leaves as they were, changes
 * this. Integration files run one at a time (vitest.config.ts), so nothing else writes
 * meanwhile. It reads no row's values: a checksum of every row's text read the whole database
 * twice a request, which the earlier files have filled (100 ms a snapshot in CI, 147 s for the
 * file; this takes a tenth).
 */
async function snapshot(): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'
    AND tablename NOT IN ('_prisma_migrations', 'RateLimit', 'UsageWindow') ORDER BY tablename`;
  const parts = tables.map(
    ({ tablename }) =>
      `SELECT '${tablename}' AS t, count(*)::text || ':' || ` +
      `coalesce(sum(xmin::text::bigint), 0)::text AS s FROM "${tablename}"`,
  );
  // Ordered: a UNION ALL's rows come in no set order, and once the tables were large enough for a
  // parallel plan they came in another order between two snapshots of the same data.
  const rows = await db.$queryRawUnsafe<{ t: string; s: string }[]>(
    `SELECT t, s FROM (${parts.join(" UNION ALL ")}) AS counts ORDER BY t`,
  );
  return rows.map((r) => `${r.t}=${r.s}`).join("\n");
}

beforeAll(async () => {
  const instructor = await makeInstructor("fuzz-instructor");
  const klass = await makeClass(instructor, "Fuzz class");
  const set = await makeQuizSet(instructor);
  const assignment = await assign(instructor, klass.id, set.id);
  const learner = await addMember(klass.joinCode, "fuzz-learner");
  const attemptId = await sitAttempt(learner, assignment.id, [true, false], WHILE_OPEN);
  const deckId = getContentCatalog().flashcards[0]!.deckId;
  users = [instructor, learner];
  Object.assign(ids, {
    classId: [klass.id],
    setId: [set.id],
    assignmentId: [assignment.id],
    learnerId: [learner.id],
    userId: [learner.id, instructor.id],
    id: [attemptId],
    deckId: [deckId],
    cardId: [getContentCatalog().flashcards[0]!.id],
  });
}, 60_000);

// Strings a hostile client sends: NUL, lone surrogates, controls, long, traversal, escapes.
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "x".repeat(5000),
    "../../etc/passwd",
    "%00",
    "%ff%fe",
    "\r\nSet-Cookie: x=1",
    "' OR 1=1 --",
    "{{7*7}}",
    "\u202e",
    "😀",
  ),
);

const paramValue = (name: string) =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...(ids[name] ?? ["x"])) }, hostileText);

/** How the value goes into the path: encoded, raw percent-escapes, or broken escapes. */
const pathSegment = fc.oneof(
  // A browser sends a lone surrogate as U+FFFD; the decoded parameter stays hostile.
  fc.constant((v: string) => encodeURIComponent(v.toWellFormed())),
  fc.constantFrom("%00", "%ff%fe", "%ed%a0%80", "%", "%zz").map((raw) => () => raw),
);

const jsonText = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(fc.string(), fc.oneof(hostileText, fc.integer(), fc.boolean()))
    .map((o) => JSON.stringify(o)),
  fc.constantFrom(
    '{"name":"\\u0000"}',
    '{"name":"\\ud800"}',
    '{"code":"\\udc00"}',
    '{"a":"\\x41"}',
    '{"a":"\\u12"}',
    "{",
    "",
    "null",
    "[]",
    '"\\u0000"',
    `{"name":"${"y".repeat(JSON_BODY_LIMIT + 10)}"}`,
    "[".repeat(10_000),
  ),
);
const body = fc.oneof(
  { weight: 4, arbitrary: jsonText.map((t) => new TextEncoder().encode(t)) },
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(null),
);

const headers = fc.record({
  type: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    undefined,
  ),
  origin: fc.constantFrom(
    ORIGIN,
    "http://localhost:4000",
    "https://evil.example",
    "null",
    undefined,
  ),
  fetchSite: fc.constantFrom("same-origin", "same-site", "cross-site", undefined),
  length: fc.constantFrom(undefined, "0", "999999999", "-1", "abc"),
});

const statuses = new Map<number, number>();
let refusedUnchanged = 0;

afterAll(() => {
  const line = [...statuses.entries()].sort(([a], [b]) => a - b);
  const total = line.reduce((n, [, c]) => n + c, 0);
  console.log(
    `fuzz: ${total} requests over ${ROUTES.length} route handlers; statuses ` +
      line.map(([s, c]) => `${s}×${c}`).join(" ") +
      `; ${refusedUnchanged} refused, database unchanged after each`,
  );
});

describe("fuzz: every route handler", () => {
  test("the route list is complete", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(40);
    expect(ROUTES.map((r) => `${r.method} ${r.path}`)).toContain("POST /api/users");
  });

  test.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: never a 5xx; refused changes nothing",
    async (_name, route) => {
      const params = fc.record(
        Object.fromEntries(
          route.params.map((p) => [p, fc.tuple(paramValue(p), pathSegment)]),
        ) as Record<string, fc.Arbitrary<[string, (v: string) => string]>>,
      );
      await fc.assert(
        fc.asyncProperty(
          params,
          body,
          headers,
          fc.integer({ min: 0, max: 2 }),
          async (p, payload, h, who) => {
            session.user = who === 2 ? null : { ...users[who]!, name: "F", timeZone: "UTC" };
            let path = route.path;
            const decoded: Record<string, string> = {};
            for (const [name, [value, encode]] of Object.entries(p)) {
              path = path.replace(`[${name}]`, encode(value));
              decoded[name] = value;
            }
            const init: RequestInit & { duplex?: string } = { method: route.method, headers: {} };
            const hs = init.headers as Record<string, string>;
            if (h.type) hs["content-type"] = h.type;
            if (h.origin) hs.origin = h.origin;
            if (h.fetchSite) hs["sec-fetch-site"] = h.fetchSite;
            if (h.length) hs["content-length"] = h.length;
            if (route.method !== "GET" && payload) init.body = payload;
            let request: Request;
            try {
              request = new Request(`${ORIGIN}${path}`, init);
            } catch {
              return; // not a request a client can send (e.g. a URL that does not parse)
            }
            const before = await snapshot();
            const response = await route.handler(request, { params: Promise.resolve(decoded) });
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            expect(response.status, `${route.method} ${path}`).toBeLessThan(500);
            if (response.status >= 400) {
              expect(await snapshot()).toBe(before);
              refusedUnchanged++;
            }
          },
        ),
        // 12 hostile requests per route in CI (about 500 in all); FUZZ_RUNS=100 for a deeper run.
        { numRuns: Number(process.env.FUZZ_RUNS ?? 12) },
      );
    },
    120_000,
  );
});
