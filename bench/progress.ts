// npm run bench:progress — the progress dashboard's server time for a light and a heavy learner.
// Seeds two learners in a throw-away database (DATABASE_URL's server, else an embedded
// PostgreSQL): one with 100 quiz answers and 100 flashcard reviews, one with 50,000 answers and
// 100,000 reviews spread over two years, builds their progress rollups from those raw rows, then
// times getProgressDashboard (median of 20 after warm-up) for each and prints the ratio.
// Targets: ratio <= 3, heavy learner < 150 ms.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  migrateDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "../scripts/lib/postgres";

const RUNS = 20;
const LEARNERS = [
  { label: "light", answers: 100, reviews: 100 },
  { label: "heavy", answers: 50_000, reviews: 100_000 },
] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  let server: RunningPostgres | undefined;
  let tmp: string | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "study-bench-pg-"));
    chmodSync(tmp, 0o755);
    server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "data"), persistent: false });
    admin = server.adminUrl;
  }
  admin = databaseUrl(admin, "postgres");
  const name = `study_bench_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name);
  const url = databaseUrl(admin, name);
  try {
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    // Imported only now: the server's db client reads DATABASE_URL on first use.
    const { db } = await import("@/lib/server/db");
    const { getContentCatalog } = await import("@/lib/server/content/get-content");
    const { rebuildProgressRollups } =
      await import("@/lib/server/progress/rebuild-progress-rollups");
    const { getProgressDashboard } = await import("@/lib/server/progress/get-progress-dashboard");
    const { bank, flashcards } = getContentCatalog();
    const questionIds = bank.map((q) => q.id);
    const programmeIds = bank.map((q) => q.tags.programmeIds[0] ?? q.tags.topic);
    const cardIds = flashcards.map((c) => c.id);
    const deckIds = flashcards.map((c) => c.deckId);
    const now = new Date();

    const results: { label: string; median: number; min: number; max: number }[] = [];
    for (const learner of LEARNERS) {
      const seedStarted = performance.now();
      const user = await db.user.create({
        data: {
          email: `${learner.label}@bench.example`,
          name: learner.label,
          timeZone: "Europe/Brussels",
        },
      });
      const attempts = Math.ceil(learner.answers / 10);
      // Raw rows, as the app would have written them: practice attempts of 10 answers each,
      // reviews of every card, all spread over the last two years.
      await db.$executeRawUnsafe(
        `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
           "questionIds", questions, "startedAt", "submittedAt", score, "correctCount")
         SELECT 'a' || $1 || '-' || g, $1, 'PRACTICE', 'SUBMITTED', 's', 'bench', '{}'::jsonb,
           '{}', '[]'::jsonb, now() - (g * interval '730 days' / $2),
           now() - (g * interval '730 days' / $2) + interval '5 minutes', 0.7, 7
         FROM generate_series(1, $2) g`,
        user.id,
        attempts,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", "programmeId",
           position, kind, answer, score, correct, "answeredAt", "updatedAt")
         SELECT 'r' || $1 || '-' || g, 'a' || $1 || '-' || (1 + (g - 1) / 10), $1,
           ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5],
           (g - 1) % 10, 'true-false', '{"kind":"true-false","value":true}'::jsonb,
           CASE WHEN g % 10 < 7 THEN 1 ELSE 0 END, g % 10 < 7,
           now() - (((g - 1) / 10 + 1) * interval '730 days' / $6), now()
         FROM generate_series(1, $2) g`,
        user.id,
        learner.answers,
        questionIds,
        programmeIds,
        questionIds.length,
        attempts,
      );
      // Every practice answer counted when given, in the order given.
      await db.$executeRawUnsafe(
        `INSERT INTO "CountedAnswer" ("userId", "responseId", "questionId", "programmeId", score,
           "answeredAt", "countedAt")
         SELECT "userId", id, "questionId", "programmeId", score, "answeredAt", "answeredAt"
         FROM "QuizResponse" WHERE "userId" = $1 ORDER BY "answeredAt", id`,
        user.id,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
           difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
           "requestId")
         SELECT 'l' || $1 || '-' || g, $1, ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5],
           1 + g % 4, 2, now() - (g * interval '730 days' / $2), 10, 5, 3, 3, 10, 0,
           now() - (g * interval '730 days' / $2), 'q' || g
         FROM generate_series(1, $2) g`,
        user.id,
        learner.reviews,
        cardIds,
        deckIds,
        cardIds.length,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "CardState" ("userId", "cardId", "deckId", due, stability, difficulty,
           "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview",
           version, "updatedAt")
         SELECT $1, c, d, now() + (i % 40) * interval '1 day', 20, 5, 3, 10, 0, 5, 0, 2,
           now() - interval '3 days', 1, now()
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(c, d, i)`,
        user.id,
        cardIds,
        deckIds,
      );
      await rebuildProgressRollups(user.id);
      const seeded = (performance.now() - seedStarted) / 1000;

      for (let i = 0; i < 3; i++) await getProgressDashboard(user.id, now); // warm-up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        const dashboard = await getProgressDashboard(user.id, now);
        times.push(performance.now() - t);
        if (i === 0 && dashboard.totals.answers !== learner.answers) {
          throw new Error(
            `dashboard counted ${dashboard.totals.answers} answers, seeded ${learner.answers}`,
          );
        }
      }
      results.push({
        label: learner.label,
        median: median(times),
        min: Math.min(...times),
        max: Math.max(...times),
      });
      const answers = learner.answers.toLocaleString("en");
      const reviews = learner.reviews.toLocaleString("en");
      const range = `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`;
      console.log(
        `${learner.label.padEnd(6)} learner: ${answers} answers, ${reviews} reviews ` +
          `(seeded in ${seeded.toFixed(1)} s) — ` +
          `dashboard ${median(times).toFixed(1)} ms median of ${RUNS} (${range})`,
      );
    }
    const [light, heavy] = results as [(typeof results)[0], (typeof results)[0]];
    const ratio = heavy.median / light.median;
    console.log(
      `ratio heavy/light: ${ratio.toFixed(2)} (target <= 3: ${ratio <= 3 ? "OK" : "MISSED"}); ` +
        `heavy under 150 ms: ${heavy.median < 150 ? "OK" : "MISSED"}`,
    );
    await db.$disconnect();
  } finally {
    await dropDatabase(admin, name).catch(() => undefined);
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
