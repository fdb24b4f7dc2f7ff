// Learners for the server benchmarks: seeded through the app's own services (an open exam,
// every card due), a history in bulk SQL, and signed in over HTTP like a browser.
import pg from "pg";

export const PASSWORD = "bench-password-123";
export const QUESTIONS = 50;

export type Learner = {
  id: string;
  email: string;
  cookie: string;
  attemptId: string;
  /** Per position: the body of a right and of a wrong answer, in the attempt's masked ids. */
  answers: [string, string][];
  saves: number;
  cards: { id: string; version: number }[];
  grades: number;
};

export type History = { days: number; answers: number; reviews: number };

/** What the page requests of bench:load and bench:web see: a year of study. */
export const YEAR_OF_HISTORY: History = { days: 365, answers: 5_000, reviews: 10_000 };

/**
 * Raw history rows for one learner, as the app would have written them: submitted practice
 * attempts of 10 answers each (every answer counted when given, in order) and reviews of every
 * card, spread evenly over the last `days`. The progress rollups are not rebuilt here.
 */
export async function insertHistory(userId: string, history: History): Promise<void> {
  const { db } = await import("@/lib/server/db");
  const { getContentCatalog } = await import("@/lib/server/content/get-content");
  const { bank, flashcards } = getContentCatalog();
  const questionIds = bank.map((q) => q.id);
  const programmeIds = bank.map((q) => q.tags.programmeIds[0] ?? q.tags.topic);
  const attempts = Math.ceil(history.answers / 10);
  const span = `interval '${history.days} days'`;
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
       "questionIds", questions, "startedAt", "submittedAt", score, "correctCount")
     SELECT 'h' || $1 || '-' || g, $1, 'PRACTICE', 'SUBMITTED', 's', 'bench', '{}'::jsonb,
       '{}', '[]'::jsonb, now() - (g * ${span} / $2),
       now() - (g * ${span} / $2) + interval '5 minutes', 0.7, 7
     FROM generate_series(1, $2) g`,
    userId,
    attempts,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", "programmeId",
       position, kind, answer, score, correct, "answeredAt", "updatedAt")
     SELECT 'hr' || $1 || '-' || g, 'h' || $1 || '-' || (1 + (g - 1) / 10), $1,
       ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5], (g - 1) % 10, 'true-false',
       '{"kind":"true-false","value":true}'::jsonb, CASE WHEN g % 10 < 7 THEN 1 ELSE 0 END,
       g % 10 < 7, now() - (((g - 1) / 10 + 1) * ${span} / $6), now()
     FROM generate_series(1, $2) g`,
    userId,
    history.answers,
    questionIds,
    programmeIds,
    questionIds.length,
    attempts,
  );
  // Each attempt lists its questions, as a real one does ("7 of 10 correct", not "7 of 0").
  await db.$executeRawUnsafe(
    `UPDATE "QuizAttempt" a SET "questionIds" = (SELECT array_agg(r."questionId" ORDER BY
       r.position) FROM "QuizResponse" r WHERE r."attemptId" = a.id)
     WHERE a."userId" = $1 AND a.id LIKE 'h%'`,
    userId,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "CountedAnswer" ("userId", "responseId", "questionId", "programmeId", score,
       "answeredAt", "countedAt")
     SELECT "userId", id, "questionId", "programmeId", score, "answeredAt", "answeredAt"
     FROM "QuizResponse" WHERE "userId" = $1 AND id LIKE 'hr%' ORDER BY "answeredAt", id`,
    userId,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
       difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
       "requestId")
     SELECT 'hl' || $1 || '-' || g, $1, ($3::text[])[1 + g % $5], ($4::text[])[1 + g % $5],
       1 + g % 4, 2, now() - (g * ${span} / $2), 10, 5, 3, 3, 10, 0,
       now() - (g * ${span} / $2), 'h' || g
     FROM generate_series(1, $2) g`,
    userId,
    history.reviews,
    flashcards.map((c) => c.id),
    flashcards.map((c) => c.deckId),
    flashcards.length,
  );
}

/**
 * `count` learners through the app's services, each with an open exam and every card due; the
 * first also gets `history` (and its rollups). Disconnects the db client when done.
 */
export async function seed(count: number, history = YEAR_OF_HISTORY): Promise<Learner[]> {
  const { db } = await import("@/lib/server/db");
  const { createUser } = await import("@/lib/server/users/create-user");
  const { startQuiz } = await import("@/lib/server/quiz/start-quiz");
  const { attemptIdMask } = await import("@/lib/server/quiz/attempt-ids");
  const { maskQuestion } = await import("@/lib/domain/quiz/attempt-ids");
  const { correctResponse, wrongResponse } = await import("@/lib/domain/quiz/correct-response");
  const { storedQuestions } = await import("@/lib/server/quiz/stored-json");
  const { getContentCatalog } = await import("@/lib/server/content/get-content");
  const { rebuildProgressRollups } = await import("@/lib/server/progress/rebuild-progress-rollups");
  const { flashcards } = getContentCatalog();

  const learners: Learner[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-${i}@bench.example`;
    const created = await createUser({ name: `Bench ${i}`, email, password: PASSWORD });
    if (!created.ok) throw new Error(`sign-up failed: ${created.error}`);
    const id = created.data.id;
    const started = await startQuiz(id, { mode: "exam", count: QUESTIONS, sourceOnly: false });
    if (!started.ok) throw new Error(`start failed: ${started.error}`);
    const attemptId = started.data.attemptId;
    const row = await db.quizAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { id: true, questions: true },
    });
    const answers = storedQuestions(row).map((question, position): [string, string] => {
      const shown = maskQuestion(question, attemptIdMask(attemptId, position));
      const body = (response: unknown) => JSON.stringify({ position, response });
      return [body(correctResponse(shown)), body(wrongResponse(shown))];
    });
    // Every card studied and due: reviewed three days ago, due yesterday.
    await db.deckSubscription.create({ data: { userId: id, deckId: "all" } });
    await db.$executeRawUnsafe(
      `INSERT INTO "CardState" ("userId", "cardId", "deckId", due, stability, difficulty,
         "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview",
         version, "updatedAt")
       SELECT $1, c, d, now() - interval '1 day', 3, 5, 2, 2, 0, 3, 0, 2,
         now() - interval '3 days', 1, now()
       FROM unnest($2::text[], $3::text[]) AS t(c, d)`,
      id,
      flashcards.map((c) => c.id),
      flashcards.map((c) => c.deckId),
    );
    const cards = flashcards.map((c) => ({ id: c.id, version: 1 }));
    learners.push({ id, email, cookie: "", attemptId, answers, saves: 0, cards, grades: 0 });
  }

  // The history goes to the first learner (whose cookie the page requests use).
  const [first] = learners;
  await insertHistory(first!.id, history);
  await rebuildProgressRollups(first!.id);
  await db.$executeRawUnsafe("ANALYZE");
  await db.$disconnect();
  return learners;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Who signs in: the session cookie is set on it. */
type SignedIn = { email: string; cookie: string };

/** Signs in (with PASSWORD), trying again when a busy server drops the connection. */
export async function signIn(base: string, learner: SignedIn): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(base, learner);
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function signInOnce(base: string, learner: SignedIn): Promise<void> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: base,
      cookie: cookiesOf(csrf).join("; "),
    },
    body: new URLSearchParams({
      csrfToken,
      email: learner.email,
      password: PASSWORD,
      json: "true",
    }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${learner.email} failed (${response.status})`);
  learner.cookie = session;
}

/**
 * Sets each learner's card versions to the database's. A grade still in flight when a run ends
 * is committed by the server while autocannon no longer counts its answer, which would leave
 * the benchmark a version behind and make the next run's grades of that card stale (409).
 */
export async function syncCardVersions(learners: Learner[]): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ userId: string; cardId: string; version: number }>(
      `SELECT "userId", "cardId", version FROM "CardState" WHERE "userId" = ANY($1)`,
      [learners.map((l) => l.id)],
    );
    const versions = new Map(rows.map((r) => [`${r.userId} ${r.cardId}`, r.version]));
    for (const learner of learners)
      for (const card of learner.cards)
        card.version = versions.get(`${learner.id} ${card.id}`) ?? card.version;
  } finally {
    await client.end();
  }
}
