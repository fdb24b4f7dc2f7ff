// Fault scenario (c): two app instances on one database, as behind a load balancer without
// sticky sessions. Requests alternate between them. A session made on one works on the
// other (the cookie is a JWT signed with the shared NEXTAUTH_SECRET; its session version is
// checked against the shared user row), a quiz started on one is answered on the other, and
// "sign out everywhere" on one ends the session on both. The sign-in limit holds across
// both: its counters are rows in PostgreSQL (rate-limiter-flexible's store), so five wrong
// passwords spread over the two instances block the sixth try on either.
//
// Origins: both instances get NEXTAUTH_URL = instance A's URL, standing in for the load
// balancer's public URL. The CSRF guard (lib/server/http/request-guard.ts) accepts a change
// whose Origin is the request's own origin (each instance's Host) or NEXTAUTH_URL's; the
// scenario sends the public origin to B as a browser behind the balancer would, and checks
// that a foreign origin is still refused.
import { ApiClient, newEmail } from "./api-client";
import { startApp, type AppInstance } from "./app-instance";
import type { Outcome, ScenarioContext } from "./context";
import { findFreePort } from "../lib/postgres";

export async function twoInstances(context: ScenarioContext): Promise<Outcome> {
  const started = Date.now();
  const databaseUrl = await context.freshDatabase("two");
  const instances: AppInstance[] = [];
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  try {
    const ports = [await findFreePort(), await findFreePort()];
    const publicUrl = `http://localhost:${ports[0]}`;
    // Started together; one that started is stopped at the end even if the other failed.
    const starting = await Promise.allSettled([
      startApp({ databaseUrl, secret: context.secret }, ports[0]),
      startApp({ databaseUrl, secret: context.secret, publicUrl }, ports[1]),
    ]);
    for (const s of starting) if (s.status === "fulfilled") instances.push(s.value);
    for (const s of starting) if (s.status === "rejected") throw s.reason;
    const [a, b] = instances as [AppInstance, AppInstance];
    // Instance A serves under the public URL itself; B is reached directly, as the balancer
    // would, and the browser's Origin is the public one.
    const publicOrigin = a.origin;
    const both = [a.origin, b.origin];
    const email = newEmail("two");
    const password = "two-instances-pw";

    // A session made on one instance works on the other.
    const learner = new ApiClient(publicOrigin);
    await learner.signUp(a.origin, email, password);
    const signIn = await learner.signIn(b.origin, email, password, a.origin);
    check(signIn.status === 200 && learner.hasSession(), `sign-in on B: ${signIn.status}`);
    let sessionsSeen = 0;
    for (const base of both) {
      const session = await learner.request<{ user?: { email?: string } }>(
        base,
        "GET",
        "/api/auth/session",
      );
      if (session.body.user?.email === email) sessionsSeen++;
    }
    check(sessionsSeen === 2, `the session is known on ${sessionsSeen} of 2 instances`);

    // A quiz started on A, answered alternately on B and A, submitted on B.
    const quiz = await learner.request<{ data: { attemptId: string; questions: number } }>(
      a.origin,
      "POST",
      "/api/quiz-attempts",
      { json: { mode: "exam", count: 6, kinds: ["true-false"] } },
    );
    check(quiz.status === 201, `start quiz on A: ${quiz.status}`);
    const attemptId = quiz.body.data.attemptId;
    const count = quiz.body.data.questions;
    let saved = 0;
    for (let position = 0; position < count; position++) {
      const reply = await learner.request(
        both[(position + 1) % 2]!,
        "PUT",
        `/api/quiz-attempts/${attemptId}/responses`,
        { json: { position, response: { kind: "true-false", value: position % 2 === 0 } } },
      );
      if (reply.status === 200) saved++;
    }
    const submit = await learner.request(
      b.origin,
      "POST",
      `/api/quiz-attempts/${attemptId}/submit`,
    );
    check(saved === count, `answers saved alternately: ${saved} of ${count}`);
    check(submit.status === 200, `submit on B: ${submit.status} ${JSON.stringify(submit.body)}`);
    const stored = await context.query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM "QuizResponse" WHERE "attemptId" = $1`,
      [attemptId],
    );
    check(stored[0]!.n === count, `answers stored: ${stored[0]!.n} of ${count}`);

    // The CSRF guard with two ports: the public origin (every change above sent to B carried
    // it) passes, a foreign one does not.
    const foreignReply = await learner
      .copy("http://localhost:1")
      .request(b.origin, "PUT", "/api/flashcards/decks/pfp", { json: { studying: true } });
    check(foreignReply.status === 403, `a foreign Origin on B: ${foreignReply.status}, not 403`);

    // "Sign out everywhere" on A ends the session on B too.
    const oldCookie = learner.copy();
    const everywhere = await learner.request(a.origin, "DELETE", "/api/account/sessions");
    check(everywhere.status === 200, `sign out everywhere on A: ${everywhere.status}`);
    const afterOnB = await oldCookie.request<{ user?: unknown }>(
      b.origin,
      "GET",
      "/api/auth/session",
    );
    check(!afterOnB.body.user, "the revoked session still works on B");

    // The sign-in limit across both: five wrong passwords alternating, then the sixth try.
    const guesser = new ApiClient(publicOrigin);
    const target = newEmail("limited");
    await guesser.signUp(b.origin, target, password);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await guesser.signIn(both[i % 2]!, target, `wrong-${i}`, both[i % 2]!);
      statuses.push(reply.status);
    }
    const sixth = await guesser.signIn(b.origin, target, password, b.origin);
    const retryAfter = Number(sixth.headers.get("retry-after"));
    check(
      statuses.every((s) => s === 401),
      `wrong passwords answered ${statuses.join(", ")}, not 401`,
    );
    check(
      sixth.status === 429 && retryAfter > 0,
      `the sixth try (right password, on B) answered ${sixth.status}, not 429 with Retry-After`,
    );

    const revoked = afterOnB.body.user ? "still valid" : "refused";
    const detail =
      `session made on B seen on ${sessionsSeen}/2 instances; ${saved}/${count} answers saved ` +
      `alternately, ${stored[0]!.n} stored (public Origin on B accepted, a foreign one ` +
      `${foreignReply.status}); revoked on A → ${revoked} ` +
      `on B; wrong passwords A,B,A,B,A → ${statuses.join(",")}; 6th on B → ${sixth.status} ` +
      `(Retry-After ${retryAfter} s)`;
    return {
      name: "(c) two instances, one database",
      ok: problems.length === 0,
      detail: problems.length ? `${detail}\n    ${problems.join("\n    ")}` : detail,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    for (const instance of instances) await instance.stop();
  }
}
