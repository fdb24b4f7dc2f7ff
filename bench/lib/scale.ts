// bench:load --scale: the data a busy deployment holds, to check that the hot requests cost
// the same with it. An instructor with a class (the 32 learners as members, an assignment) is
// seeded through the app's services; the crowd around them goes in bulk SQL.
import pg from "pg";
import type { Learner } from "./learners";
import { PASSWORD } from "./learners";

export const SCALE = {
  learners: 1_000,
  instructors: 20,
  classes: 50,
  /** Per learner: submitted attempts of 10 answers each (1,000 × 100 × 10 = 1 M answers). */
  attempts: 100,
  reviews: 250_000,
} as const;

export type Instructor = { id: string; email: string; cookie: string; classId: string };

/** An instructor whose class has the benchmark's learners as members and one assignment. */
export async function seedInstructor(learners: Learner[]): Promise<Instructor> {
  const { db } = await import("@/lib/server/db");
  const { createUser } = await import("@/lib/server/users/create-user");
  const { createClass } = await import("@/lib/server/classes/create-class");
  const { createQuizSet } = await import("@/lib/server/classes/create-quiz-set");
  const { createAssignment } = await import("@/lib/server/classes/create-assignment");
  const { joinClass } = await import("@/lib/server/classes/join-class");
  const { toLocalDateTime } = await import("@/lib/domain/time/zoned-time");
  const unwrap = <T>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
    if (!result.ok) throw new Error(`instructor seed: ${result.error}`);
    return result.data;
  };
  const email = "bench-instructor@bench.example";
  const { id } = unwrap(await createUser({ name: "Bench instructor", email, password: PASSWORD }));
  await db.user.update({ where: { id }, data: { role: "INSTRUCTOR" } });
  const caller = { id, role: "INSTRUCTOR" as const };
  const cls = unwrap(await createClass(caller, { name: "Bench class", description: "" }));
  const set = unwrap(
    await createQuizSet(caller, {
      name: "Bench set",
      kinds: ["single-choice", "true-false"],
      count: 10,
      seed: "bench",
    }),
  );
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  unwrap(
    await createAssignment(caller, {
      classId: cls.id,
      setId: set.id,
      opensAt: toLocalDateTime(new Date(now - day), "UTC"),
      dueAt: toLocalDateTime(new Date(now + 7 * day), "UTC"),
      timeZone: "UTC",
      attemptsAllowed: 3,
    }),
  );
  for (const learner of learners)
    unwrap(await joinClass({ id: learner.id, role: "LEARNER" }, { code: cls.joinCode }));
  await db.$disconnect();
  return { id, email, cookie: "", classId: cls.id };
}

/**
 * 1,000 more learners in 50 classes of 20 instructors, each with 100 submitted attempts of 10
 * answers (1 M answers, every one counted), a card state per card and 250 reviews; the first
 * attempt of each is work on their class's assignment. Bulk SQL in one transaction with the
 * foreign-key triggers off (every key below points at a row inserted before it), then ANALYZE.
 * Returns the seconds it took.
 */
export async function seedScale(): Promise<number> {
  const started = performance.now();
  const { getContentCatalog } = await import("@/lib/server/content/get-content");
  const { bank, flashcards } = getContentCatalog();
  const questionIds = bank.map((q) => q.id);
  const programmeIds = bank.map((q) => q.tags.programmeIds[0] ?? q.tags.topic);
  const { learners, instructors, classes, attempts, reviews } = SCALE;
  const answers = learners * attempts * 10;
  // Its own connection: the app's client times statements out after a few seconds.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // The instructor's set, to copy (its settings parse like a real one's).
  const template = await client.query<{ id: string }>(`SELECT id FROM "StudySet" LIMIT 1`);
  const setId = template.rows[0]?.id;
  if (!setId) throw new Error("seed the instructor first");
  const cardIds = flashcards.map((c) => c.id);
  const deckIds = flashcards.map((c) => c.deckId);
  const statements: [string, ...unknown[]][] = [
    [`SET LOCAL session_replication_role = replica`],
    [
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
     SELECT 'sl' || g, 'scale-' || g || '@bench.example', 'Scale ' || g, 'LEARNER', now()
     FROM generate_series(1, ${learners}) g`,
    ],
    [
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
     SELECT 'si' || g, 'scale-instructor-' || g || '@bench.example', 'Instructor ' || g,
       'INSTRUCTOR', now()
     FROM generate_series(1, ${instructors}) g`,
    ],
    [
      `INSERT INTO "StudySet" (id, "instructorId", name, kind, settings, "questionIds",
       "pinnedIds", "excludedIds", "cardIds", "contentVersion", "updatedAt")
     SELECT 'ss' || g, 'si' || g, 'Scale set ' || g, s.kind, s.settings, s."questionIds",
       s."pinnedIds", s."excludedIds", s."cardIds", s."contentVersion", now()
     FROM generate_series(1, ${instructors}) g, "StudySet" s WHERE s.id = $1`,
      setId,
    ],
    // Class g is taught by instructor 1 + (g - 1) % instructors, with that instructor's set.
    [
      `INSERT INTO "Class" (id, "instructorId", name, "joinCode")
     SELECT 'sc' || g, 'si' || (1 + (g - 1) % ${instructors}), 'Scale class ' || g,
       'SCALE' || g
     FROM generate_series(1, ${classes}) g`,
    ],
    [
      `INSERT INTO "Assignment" (id, "classId", "setId", "opensAt", "dueAt", "timeZone",
       "attemptsAllowed")
     SELECT 'sg' || g, 'sc' || g, 'ss' || (1 + (g - 1) % ${instructors}),
       now() - interval '1 day', now() + interval '7 days', 'UTC', 3
     FROM generate_series(1, ${classes}) g`,
    ],
    [
      `INSERT INTO "ClassMember" ("classId", "userId")
     SELECT 'sc' || (1 + (g - 1) % ${classes}), 'sl' || g FROM generate_series(1, ${learners}) g`,
    ],
    // Attempt g belongs to learner 1 + (g - 1) / attempts; its first is assignment work.
    [
      `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
       "questionIds", questions, "startedAt", "submittedAt", score, "correctCount",
       "assignmentId")
     SELECT 'sa' || g, 'sl' || u, 'PRACTICE', 'SUBMITTED', 's', 'bench', '{}'::jsonb, '{}',
       '[]'::jsonb, now() - a * interval '365 days' / ${attempts},
       now() - a * interval '365 days' / ${attempts} + interval '5 minutes', 0.7, 7,
       CASE WHEN a = 0 THEN 'sg' || (1 + (u - 1) % ${classes}) END
     FROM generate_series(1, ${learners * attempts}) g,
       LATERAL (SELECT 1 + (g - 1) / ${attempts} AS u, (g - 1) % ${attempts} AS a) x`,
    ],
    [
      `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", "programmeId",
       position, kind, answer, score, correct, "answeredAt", "updatedAt")
     SELECT 'sr' || g, 'sa' || (1 + (g - 1) / 10), 'sl' || (1 + (g - 1) / ${attempts * 10}),
       ($1::text[])[1 + g % $3], ($2::text[])[1 + g % $3], (g - 1) % 10, 'true-false',
       '{"kind":"true-false","value":true}'::jsonb, CASE WHEN g % 10 < 7 THEN 1 ELSE 0 END,
       g % 10 < 7,
       now() - ((g - 1) / 10 % ${attempts}) * interval '365 days' / ${attempts}, now()
     FROM generate_series(1, ${answers}) g`,
      questionIds,
      programmeIds,
      questionIds.length,
    ],
    [
      `INSERT INTO "CountedAnswer" ("userId", "responseId", "questionId", "programmeId", score,
       "answeredAt", "countedAt")
     SELECT "userId", id, "questionId", "programmeId", score, "answeredAt", "answeredAt"
     FROM "QuizResponse" WHERE id LIKE 'sr%'`,
    ],
    [
      `INSERT INTO "CardState" ("userId", "cardId", "deckId", due, stability, difficulty,
       "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview",
       version, "updatedAt")
     SELECT 'sl' || u, c, d, now() + (i % 40) * interval '1 day', 20, 5, 3, 10, 0, 5, 0, 2,
       now() - interval '3 days', 1, now()
     FROM generate_series(1, ${learners}) u,
       unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(c, d, i)`,
      cardIds,
      deckIds,
    ],
    [
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
       difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
       "requestId")
     SELECT 'sv' || g, 'sl' || (1 + (g - 1) % ${learners}), ($1::text[])[1 + g % $3],
       ($2::text[])[1 + g % $3], 1 + g % 4, 2, now() - (g * interval '365 days' / $4), 10, 5,
       3, 3, 10, 0, now() - (g * interval '365 days' / $4), 's' || g
     FROM generate_series(1, $4) g`,
      cardIds,
      deckIds,
      cardIds.length,
      reviews,
    ],
  ];
  try {
    await client.query("BEGIN");
    for (const [sql, ...params] of statements) await client.query(sql, params);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}
