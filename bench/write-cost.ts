// npx tsx --conditions=react-server bench/write-cost.ts — the CPU time of an answer save and of
// a grade, called in process (no HTTP, no session check): process.cpuUsage() over N calls
// (N=150, env N) after 20 warm-up calls, for one learner seeded by the benches' helpers (an
// open 50-question exam, every card due) in a throw-away database (bench/lib/bench-database.ts).
// CPU time barely moves with the machine's load, unlike requests per second, so two checkouts
// run side by side compare fairly.
import { randomUUID } from "node:crypto";
import { openBenchDatabase } from "./lib/bench-database";

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
    const { gradeFlashcard } = await import("@/lib/server/flashcards/grade-flashcard");
    const time = async (label: string, run: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await run(i); // warm-up
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 20; i < 20 + N; i++) {
        const r = (await run(i)) as { ok: boolean; error?: string };
        if (!r.ok) throw new Error(`${label} ${i}: ${r.error}`);
      }
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000 / N;
      const wall = (performance.now() - t0) / N;
      console.log(`${label}: ${ms.toFixed(2)} ms CPU a call, ${wall.toFixed(1)} ms wall`);
    };
    await time("save", (i) => {
      const body = JSON.parse(l.answers[i % 50]![Math.floor(i / 50) % 2]!);
      return saveQuizResponse(l.id, l.attemptId, body);
    });
    await time("grade", async (i) => {
      const card = l.cards[i % l.cards.length]!;
      const r = await gradeFlashcard(l.id, {
        cardId: card.id,
        rating: 1,
        requestId: randomUUID(),
        expectedVersion: card.version,
      });
      if (r.ok) card.version++;
      return r;
    });
    console.log(`cards in scope: ${l.cards.length}`);
  } finally {
    const { db } = await import("@/lib/server/db");
    await db.$disconnect();
    await database.close();
  }
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
