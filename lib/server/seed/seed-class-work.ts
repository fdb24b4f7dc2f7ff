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

async function sit(learner: Caller, assignmentId: string, pattern: boolean[], start: Date) {
  const started = unwrap(await startAssignmentAttempt(learner, assignmentId, { now: start }));
  const row = await db.quizAttempt.findUniqueOrThrow({
    where: { id: started.attemptId },
    select: { id: true, questions: true },
  });
  const questions = storedQuestions(row);
  for (const [position, right] of pattern.entries()) {
    const question = questions[position]!;
    const response = right ? correctResponse(question) : wrongResponse(question);
    unwrap(await saveQuizResponse(learner.id, started.attemptId, { position, response }, start));
  }
  unwrap(await submitQuizAttempt(learner.id, started.attemptId, new Date(start.getTime() + 6e5)));
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
      await createAssignment(instructor, {
        classId,
        setId,
        opensAt: utcLocal(now, opens),
        dueAt: utcLocal(now, due),
        timeZone: "UTC",
        attemptsAllowed: 3,
        lateCounts: false,
      }),
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
