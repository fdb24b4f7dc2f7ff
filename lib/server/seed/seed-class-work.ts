import "server-only";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { createAssignment } from "@/lib/server/classes/create-assignment";
import { createClass } from "@/lib/server/classes/create-class";
import { createQuizSet } from "@/lib/server/classes/create-quiz-set";
import { joinClass } from "@/lib/server/classes/join-class";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import type { Caller } from "@/lib/server/classes/caller";
import { db } from "@/lib/server/db";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import type { ServiceResult } from "@/lib/server/service-result";

const DAY = 86_400_000;

function unwrap<T>(result: ServiceResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data;
}

/** "YYYY-MM-DDTHH:mm" in UTC, `days` from `now`. */
const utcLocal = (now: Date, days: number) =>
  new Date(now.getTime() + days * DAY).toISOString().slice(0, 16);

/**
 * An attempt started at `start`, its answers given one after another across `durationMs` (the
 * `pace` of each, a share of the time, say how long each took), submitted at its end.
 */
async function sit(
  learner: Caller,
  assignmentId: string,
  pattern: boolean[],
  start: Date,
  durationMs = 10 * 60_000,
  pace: (position: number) => number = () => 1,
) {
  const started = unwrap(await startAssignmentAttempt(learner, assignmentId, { now: start }));
  const row = await db.quizAttempt.findUniqueOrThrow({
    where: { id: started.attemptId },
    select: { id: true, questions: true },
  });
  const questions = storedQuestions(row);
  // The answers' times: each question's share of the attempt, the last a little before the end.
  const shares = pattern.map((_, position) => pace(position));
  const total = shares.reduce((a, b) => a + b, 0) * 1.05;
  let elapsed = 0;
  for (const [position, right] of pattern.entries()) {
    const question = questions[position]!;
    const response = right ? correctResponse(question) : wrongResponse(question);
    elapsed += (shares[position]! / total) * durationMs;
    const at = new Date(start.getTime() + Math.round(elapsed));
    unwrap(await saveQuizResponse(learner.id, started.attemptId, { position, response }, at));
  }
  const end = new Date(start.getTime() + durationMs);
  unwrap(await submitQuizAttempt(learner.id, started.attemptId, end));
}

/** A fixed number in [0, 1) for each pair of integers: the demo's "random", the same every time. */
export function demoNoise(a: number, b: number): number {
  let h = Math.imul(a + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

export type SeededClassWork = {
  classId: string;
  pastAssignmentId: string;
  openAssignmentId: string;
  learners: { late: string; low: string; strong: string };
};

/**
 * A class for an instructor with some history, as an instructor has after a week or two
 * (times in UTC, relative to `now`): "Week 1 quiz" opened 8 days ago and due yesterday, which
 * Ada did well (80%), Cy badly (20%) and Ben not at all (late); "Week 2 quiz", open until
 * 5 days from now, which Ada has done. Learners are named "<name> <tag>".
 */
export async function seedClassWork(
  instructorId: string,
  { className, tag, now = new Date() }: { className: string; tag: string; now?: Date },
): Promise<SeededClassWork> {
  const instructor: Caller = { id: instructorId, role: "INSTRUCTOR" };
  const created = unwrap(await createClass(instructor, { name: className, description: "" }));
  const classId = created.id;
  const learner = async (name: string): Promise<Caller> => {
    const user = await db.user.create({
      data: { email: `${name}-${tag}@seed.example`.toLowerCase(), name: `${name} ${tag}` },
      select: { id: true },
    });
    const caller: Caller = { id: user.id, role: "LEARNER" };
    unwrap(await joinClass(caller, { code: created.joinCode }));
    return caller;
  };
  const [ada, ben, cy] = [await learner("Ada"), await learner("Ben"), await learner("Cy")];
  const set = async (name: string) =>
    unwrap(
      await createQuizSet(instructor, {
        name,
        kinds: ["single-choice", "true-false"],
        count: 5,
        seed: `seed-${name.replace(/\W/g, "")}`,
      }),
    );
  const assign = async (setId: string, opens: number, due: number) =>
    unwrap(
      await createAssignment(
        instructor,
        {
          classId,
          setId,
          opensAt: utcLocal(now, opens),
          dueAt: utcLocal(now, due),
          timeZone: "UTC",
          attemptsAllowed: 3,
          lateCounts: false,
        },
        // Assigned as it opened: a due date already past is refused at the time of assigning.
        { now: new Date(now.getTime() + opens * DAY) },
      ),
    );
  const past = await assign((await set("Week 1 quiz")).id, -8, -1);
  const open = await assign((await set("Week 2 quiz")).id, -1, 5);
  const threeDaysAgo = new Date(now.getTime() - 3 * DAY);
  await sit(ada, past.id, [true, false, true, true, true], threeDaysAgo);
  await sit(cy, past.id, [false, true, false, false, false], threeDaysAgo);
  await sit(ada, open.id, [true, true, true, true, true], new Date(now.getTime() - DAY / 2));
  return {
    classId,
    pastAssignmentId: past.id,
    openAssignmentId: open.id,
    learners: { late: ben.id, low: cy.id, strong: ada.id },
  };
}

/** The demo class's learners, strongest first (no password: they cannot sign in). */
const DEMO_LEARNERS = [
  ...["Amira Haddad", "Jonas Berg", "Lena Novak", "Tomás Ruiz", "Mei Chen", "Oskar Lind"],
  ...["Nadia Karim", "Piotr Zielinski", "Sara Okafor", "Luka Horvat", "Elif Demir"],
] as const;

/**
 * Whether demo learner `learner` (0 = strongest) gets question `question` right: a skill that
 * falls down the list against each question's difficulty, with a fixed wobble so the results
 * look like a class's. The difficulties are a staircase (the easiest, 0, to the hardest, 9)
 * that the quiz does not ask in order: item analysis listed its facilities falling question by
 * question, which no real quiz does. Deterministic, so every demo is the same.
 */
const DIFFICULTY_RANK = [3, 0, 7, 5, 1, 9, 4, 2, 8, 6] as const;
export function demoAnswerRight(learner: number, question: number): boolean {
  const rank = DIFFICULTY_RANK[question % DIFFICULTY_RANK.length]!;
  const skill = 0.8 - learner * 0.06;
  const difficulty = 0.1 + rank * 0.07;
  const wobble = (((learner * 7 + rank * 13) % 10) - 4.5) / 20;
  return skill - difficulty + wobble > 0;
}

export type SeededDemoClass = { classId: string; learners: number; attempts: number };

/**
 * The demo instructor's class, so a first look at the instructor's pages shows what a class
 * looks like after a fortnight: "Demo class" with eleven learners, a ten-question quiz closed
 * two days ago that ten of them sat (one missed it), enough for item analysis to tell easy
 * questions from hard ones and strong learners from weak, and a second quiz open for a week
 * that three have done. Learners' emails are at seed.example.
 */
export async function seedDemoClass(
  instructorId: string,
  now = new Date(),
): Promise<SeededDemoClass> {
  const instructor: Caller = { id: instructorId, role: "INSTRUCTOR" };
  const created = unwrap(
    await createClass(instructor, {
      name: "Demo class",
      description: "Made for the demo: eleven learners and two quizzes.",
    }),
  );
  const learners: Caller[] = [];
  for (const [i, name] of DEMO_LEARNERS.entries()) {
    // Found again when the demo instructor was deleted and is made anew: their learners stay.
    const email = `demo-learner-${i + 1}@seed.example`;
    const user = await db.user.upsert({
      where: { email },
      create: { email, name },
      update: {},
      select: { id: true },
    });
    const caller: Caller = { id: user.id, role: "LEARNER" };
    unwrap(await joinClass(caller, { code: created.joinCode }));
    learners.push(caller);
  }
  const kinds = ["single-choice", "multiple-select", "true-false", "which-programme"] as const;
  const assign = async (name: string, programmeIds: string[], opens: number, due: number) => {
    const set = unwrap(
      await createQuizSet(instructor, {
        name,
        programmeIds,
        kinds: [...kinds],
        count: 10,
        seed: `demo-${due}`,
      }),
    );
    return unwrap(
      await createAssignment(
        instructor,
        {
          classId: created.id,
          setId: set.id,
          opensAt: utcLocal(now, opens),
          dueAt: utcLocal(now, due),
          timeZone: "UTC",
          attemptsAllowed: 1,
          lateCounts: false,
        },
        // Assigned as it opened, as above.
        { now: new Date(now.getTime() + opens * DAY) },
      ),
    );
  };
  const closed = await assign("Partnership basics", [], -14, -2);
  const open = await assign(
    "Dialogues and consultations",
    ["dialogues", "non-member-consultations"],
    -1,
    7,
  );
  let attempts = 0;
  const pattern = (learner: number) =>
    Array.from({ length: 10 }, (_, question) => demoAnswerRight(learner, question));
  // Each learner's own times, to the second: most sat the closed quiz in its last days, each
  // took 5 to 16 minutes, and a harder question took longer than an easy one.
  const pace = (i: number) => (q: number) =>
    0.6 + DIFFICULTY_RANK[q % 10]! * 0.08 + demoNoise(i, 100 + q) * 0.6;
  const duration = (i: number, salt: number) => Math.round(300 + demoNoise(i, salt) * 660) * 1000;
  const before = (days: number) => new Date(now.getTime() - Math.round((days * DAY) / 1000) * 1000);
  // The last learner missed the closed quiz.
  for (const [i, learner] of learners.slice(0, -1).entries()) {
    const daysBeforeDue = 0.1 + 8 * demoNoise(i, 1) ** 2;
    await sit(learner, closed.id, pattern(i), before(2 + daysBeforeDue), duration(i, 2), pace(i));
    attempts++;
  }
  for (const i of [0, 3, 6]) {
    const start = before(0.1 + 0.8 * demoNoise(i, 3));
    await sit(learners[i]!, open.id, pattern(i), start, duration(i, 4), pace(i));
    attempts++;
  }
  // Dated as the story goes: the class and its sets a little before the first quiz opened.
  const start = new Date(now.getTime() - 15 * DAY);
  await db.class.update({ where: { id: created.id }, data: { createdAt: start } });
  await db.classMember.updateMany({ where: { classId: created.id }, data: { joinedAt: start } });
  await db.studySet.updateMany({
    where: { id: { in: [closed.set.id, open.set.id] } },
    data: { createdAt: start },
  });
  return { classId: created.id, learners: learners.length, attempts };
}
