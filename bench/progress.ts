// npm run bench:progress — the progress dashboard's server time for a light and a heavy learner.
// Seeds two learners in a throw-away database (DATABASE_URL's server, else an embedded
// PostgreSQL): one with 200 history rows (100 quiz answers, 100 flashcard reviews), one with
// 150,000 (50,000 answers, 100,000 reviews) spread over two years, builds their progress rollups
// from those raw rows, then times getProgressDashboard (median of 20 after warm-up) for each and
// prints the ratio. Targets (issue 15): ratio <= 1.5, heavy learner < 150 ms.
import { openBenchDatabase } from "./lib/bench-database";
import { insertHistory } from "./lib/learners";
import { median } from "./lib/report";

const RUNS = 20;
const LEARNERS = [
  { label: "light", answers: 100, reviews: 100 },
  { label: "heavy", answers: 50_000, reviews: 100_000 },
] as const;

async function main() {
  const database = await openBenchDatabase();
  try {
    process.env.DATABASE_URL = database.url;
    // Imported only now: the server's db client reads DATABASE_URL on first use.
    const { db, disconnectDatabase } = await import("@/lib/server/db");
    const { getContentCatalog } = await import("@/lib/server/content/get-content");
    const { rebuildProgressRollups } =
      await import("@/lib/server/progress/rebuild-progress-rollups");
    const { getProgressDashboard } = await import("@/lib/server/progress/get-progress-dashboard");
    const { flashcards } = getContentCatalog();
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
      // Raw rows, as the app would have written them, spread over the last two years.
      await insertHistory(user.id, {
        days: 730,
        answers: learner.answers,
        reviews: learner.reviews,
      });
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
    const flat = ratio <= 1.5 ? "OK" : "MISSED";
    console.log(
      `ratio heavy/light: ${ratio.toFixed(2)} (target <= 1.5: ${flat}); ` +
        `heavy under 150 ms: ${heavy.median < 150 ? "OK" : "MISSED"}`,
    );
    await disconnectDatabase();
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
