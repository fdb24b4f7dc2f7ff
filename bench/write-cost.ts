// npx tsx --conditions=react-server bench/write-cost.ts — the CPU time of an answer save and of
// a grade (answered with the next card, and with the graded card only), and of the data behind
// home, /progress (a year of history) and the study page (no render), called in process (no
// HTTP, no session check): process.cpuUsage() over N calls (N=150, env N) after 20 warm-up
// calls, beside the CPU the database's backends used meanwhile (/proc, 10 ms ticks), for one
// learner seeded by the benches' helpers (an open 50-question exam, every card
// due) in a throw-away database (bench/lib/bench-database.ts); then the session cookie's
// decryption alone, next-auth's against the app's, and the proxy's session check (getToken) with
// each; last, what the server pays to format an abort reason's stack (scripts/lib/
// abort-reason-stack.ts). CPU time barely moves with the machine's load, unlike requests per
// second, so two checkouts run side by side compare fairly.
import { randomUUID } from "node:crypto";
import { releaseAbortReasonStacks } from "../scripts/lib/abort-reason-stack";
import { openBenchDatabase } from "./lib/bench-database";
import { databaseCpuMsBetween, databaseCpuTicks } from "./lib/bench-server";

const N = Number(process.env.N ?? 150);

async function main() {
  const database = await openBenchDatabase();
  const url = database.url;
  try {
    Object.assign(process.env, { DATABASE_URL: url, NEXTAUTH_SECRET: "x".repeat(40) });
    const { seed } = await import("./lib/learners");
    const [learner] = await seed(1);
    const l = learner!;
    const { saveQuizResponse } = await import("@/lib/server/quiz/save-quiz-response");
    const { gradeFlashcard, recordFlashcardGrade } =
      await import("@/lib/server/flashcards/grade-flashcard");
    const time = async (label: string, run: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await run(i); // warm-up
      const c0 = process.cpuUsage();
      const d0 = databaseCpuTicks();
      const t0 = performance.now();
      for (let i = 20; i < 20 + N; i++) {
        const r = (await run(i)) as { ok: boolean; error?: string };
        if (!r.ok) throw new Error(`${label} ${i}: ${r.error}`);
      }
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000 / N;
      const wall = (performance.now() - t0) / N;
      const database = databaseCpuMsBetween(d0, databaseCpuTicks()) / N;
      // Three figures at least: the session cookie's decryption takes a fraction of a ms.
      const fixed = (x: number) => x.toFixed(x < 1 ? 3 : 2);
      console.log(
        `${label}: ${fixed(ms)} ms CPU a call, ${fixed(wall)} ms wall, ` +
          `${fixed(database)} ms PostgreSQL CPU`,
      );
    };
    await time("save", (i) => {
      const body = JSON.parse(l.answers[i % 50]![Math.floor(i / 50) % 2]!);
      return saveQuizResponse(l.id, l.attemptId, body);
    });
    // The full reply builds the next card; the study page with an offline pack asks for the
    // graded card only (reply: "graded"), which recordFlashcardGrade answers.
    for (const [label, grade] of [
      ["grade", gradeFlashcard],
      ["grade, graded card only", recordFlashcardGrade],
    ] as const) {
      await time(label, async (i) => {
        const card = l.cards[i % l.cards.length]!;
        const r = await grade(l.id, {
          cardId: card.id,
          rating: 1,
          requestId: randomUUID(),
          expectedVersion: card.version,
        });
        if (r.ok) card.version++;
        return r;
      });
    }
    console.log(`cards in scope: ${l.cards.length}`);
    // The data of the two heaviest pages, for the learner with a year of history (no render).
    const { getLearnerHome } = await import("@/lib/server/progress/get-learner-home");
    const { getProgressDashboard } = await import("@/lib/server/progress/get-progress-dashboard");
    const user = { id: l.id, role: "LEARNER" as const, timeZone: "UTC" };
    await time("home's data", () => getLearnerHome(user).then(() => ({ ok: true })));
    await time("/progress's data", () =>
      getProgressDashboard(l.id, new Date(), "UTC").then(() => ({ ok: true })),
    );
    const { getStudyPage } = await import("@/lib/server/flashcards/get-study-session");
    await time("the study page's data", () => getStudyPage(l.id, {}).then(() => ({ ok: true })));
    // Every signed-in request decrypts the session cookie: next-auth's decode derives its key
    // (HKDF) each time, decodeSessionToken once per secret.
    const { encode, decode } = await import("next-auth/jwt");
    const { decodeSessionCookie, decodeSessionToken } =
      await import("@/lib/server/auth/decode-session-token");
    const secret = process.env.NEXTAUTH_SECRET!;
    const token = await encode({ token: { uid: l.id, role: "LEARNER" }, secret });
    await time("session cookie, next-auth decode", () =>
      decode({ token, secret }).then(() => ({ ok: true })),
    );
    await time("session cookie, decodeSessionToken", () =>
      decodeSessionToken(token, secret).then(() => ({ ok: true })),
    );
    // The proxy's check before a protected page: getToken with its default decode, and with the
    // app's (what proxy.ts passes).
    const { getToken } = await import("next-auth/jwt");
    const { NextRequest } = await import("next/server");
    const request = new NextRequest("http://localhost:3000/progress", {
      headers: { cookie: `next-auth.session-token=${token}` },
    });
    for (const [label, decode] of [
      ["proxy's getToken, next-auth decode", undefined],
      ["proxy's getToken, decodeSessionToken", decodeSessionCookie],
    ] as const) {
      await time(label, async () => {
        const found = await getToken({ req: request, secret, secureCookie: false, decode });
        return found ? { ok: true } : { ok: false, error: "no session" };
      });
    }
    abortCost();
  } finally {
    const { disconnectDatabase } = await import("@/lib/server/db");
    await disconnectDatabase();
    await database.close();
  }
}
/**
 * An abort with a new Error raised a dozen frames deep, as React's renderer ends each render,
 * before and after releaseAbortReasonStacks() (which then formats the reason's stack): CPU a
 * call over 20,000 calls, each way twice.
 */
function abortCost() {
  const deep = (depth: number): Error =>
    depth === 0 ? new Error("This render completed successfully.") : deep(depth - 1);
  const run = (label: string) => {
    const calls = 20_000;
    for (let i = 0; i < 2_000; i++) new AbortController().abort(deep(12)); // warm-up
    const c0 = process.cpuUsage();
    for (let i = 0; i < calls; i++) new AbortController().abort(deep(12));
    const c = process.cpuUsage(c0);
    console.log(`${label}: ${((c.user + c.system) / calls).toFixed(1)} µs CPU a call`);
  };
  run("abort, stack left unread");
  run("abort, stack left unread (again)");
  releaseAbortReasonStacks();
  run("abort, stack formatted");
  run("abort, stack formatted (again)");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
