// The list pages count answers, members and assignments for the rows they show. Those counts
// must read only the shown rows' children: a relation `_count` in a Prisma select groups every
// row of the child table, so home and /quizzes slowed down as other learners answered
// (issue 15). Other users' rows are seeded in bulk; the rows each service's SELECTs read
// (EXPLAIN ANALYZE) must stay far below them.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { listQuizAttempts } from "@/lib/server/quiz/list-quiz-attempts";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { listAssignmentsForInstructor } from "./classes/list-assignments-for-instructor";
import { listClassesForInstructor } from "./classes/list-classes-for-instructor";
import { listLearnerClasses } from "./classes/list-learner-classes";
import { listSets } from "./classes/list-sets";
import {
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  unwrap,
} from "./classes/test-fixtures";

const CROWD_ANSWERS = 3_000;
const CROWD_CLASSES = 60;
const CROWD_MEMBERS = 20; // per class
const CROWD_ASSIGNMENTS = 10; // per class
/** Far above the subject's own rows (a handful), far below the crowd's. */
const BOUND = 50;

/** Other users' rows in every table the lists count, written with SQL to stay quick. */
async function seedCrowd() {
  const learner = await makeUser("crowd-learner");
  const instructor = await makeInstructor("crowd-instructor");
  const tag = learner.id;
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
       "questionIds", questions)
     SELECT $1 || '-a' || g, $1, 'PRACTICE', 'IN_PROGRESS', 's', 'v', '{}', '{}', '[]'
     FROM generate_series(1, $2::int / 10) g`,
    tag,
    CROWD_ANSWERS,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", position, kind,
       answer, score, correct, "updatedAt")
     SELECT $1 || '-r' || g, $1 || '-a' || (g / 10 + 1), $1, 'q', g % 10, 'true-false',
       '{}', 1, true, now()
     FROM generate_series(0, $2::int - 1) g`,
    tag,
    CROWD_ANSWERS,
  );
  const members = await Promise.all(
    Array.from({ length: CROWD_MEMBERS }, (_, i) => makeUser(`crowd-member-${i}`)),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Class" (id, "instructorId", name, "joinCode")
     SELECT $1 || '-c' || g, $2, 'Crowd', upper(substr(md5($1 || g), 1, 8))
     FROM generate_series(1, $3::int) g`,
    tag,
    instructor.id,
    CROWD_CLASSES,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ClassMember" ("classId", "userId")
     SELECT c.id, u FROM "Class" c, unnest($2::text[]) u WHERE c."instructorId" = $1`,
    instructor.id,
    members.map((m) => m.id),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "StudySet" (id, "instructorId", name, kind, settings, "questionIds",
       "pinnedIds", "excludedIds", "cardIds", "contentVersion", "updatedAt")
     VALUES ($1 || '-s', $2, 'Crowd', 'FLASHCARDS', '{}', '{}', '{}', '{}', '{a}', 'v', now())`,
    tag,
    instructor.id,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Assignment" (id, "classId", "setId", "opensAt", "dueAt", "timeZone")
     SELECT c.id || '-' || g, c.id, $1 || '-s', now(), now() + interval '1 day', 'UTC'
     FROM "Class" c, generate_series(1, $3::int) g WHERE c."instructorId" = $2`,
    tag,
    instructor.id,
    CROWD_ASSIGNMENTS,
  );
  await db.$executeRawUnsafe(`ANALYZE`);
}

function read(rows: Map<string, number>, table: string) {
  return rows.get(table) ?? 0;
}

beforeAll(seedCrowd, 120_000);

describe("counts read only the listed rows' children", () => {
  test("the quiz list counts each attempt's answers without reading other answers", async () => {
    const learner = await makeUser("subject");
    await db.$executeRawUnsafe(
      `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
         "questionIds", questions, "startedAt")
       VALUES ($1 || '-x', $1, 'PRACTICE', 'IN_PROGRESS', 's', 'v', '{}', '{q,q,q}', '[]',
         now() - interval '1 hour'),
         ($1 || '-y', $1, 'PRACTICE', 'IN_PROGRESS', 's', 'v', '{}', '{q,q}', '[]', now())`,
      learner.id,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "QuizResponse" (id, "attemptId", "userId", "questionId", position, kind,
         answer, score, correct, "updatedAt")
       SELECT $1 || '-r' || p, $1 || '-x', $1, 'q', p, 'true-false', '{}'::jsonb, 1, true, now()
       FROM generate_series(0, 2) p
       UNION ALL SELECT $1 || '-s', $1 || '-y', $1, 'q', 0, 'true-false', '{}', 1, true, now()`,
      learner.id,
    );
    const { result, rows } = await rowsRead(() => listQuizAttempts(learner.id));
    expect(result.map((a) => a.answered)).toEqual([1, 3]);
    expect(await db.quizResponse.count()).toBeGreaterThan(CROWD_ANSWERS);
    expect(read(rows, "QuizResponse")).toBeLessThan(BOUND);
  });

  test("an instructor's classes, sets and assignments, and a learner's classes", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "one");
    await addMember(cls.joinCode, "two");
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    await assign(owner, cls.id, set.id);

    const classes = await rowsRead(async () => unwrap(await listClassesForInstructor(owner)));
    expect(classes.result).toMatchObject([{ memberCount: 2, assignmentCount: 1 }]);
    const sets = await rowsRead(async () => unwrap(await listSets(owner)));
    expect(sets.result).toMatchObject([{ assignmentCount: 1 }]);
    const assignments = await rowsRead(async () =>
      unwrap(await listAssignmentsForInstructor(owner, cls.id)),
    );
    expect(assignments.result).toMatchObject([{ members: 2 }]);
    const mine = await rowsRead(async () => unwrap(await listLearnerClasses(learner)));
    expect(mine.result).toMatchObject([{ assignmentCount: 1 }]);

    expect(await db.assignment.count()).toBeGreaterThan(CROWD_CLASSES * CROWD_ASSIGNMENTS - 1);
    for (const { rows } of [classes, sets, assignments, mine]) {
      expect(read(rows, "ClassMember")).toBeLessThan(BOUND);
      expect(read(rows, "Assignment")).toBeLessThan(BOUND);
    }
  });
});
