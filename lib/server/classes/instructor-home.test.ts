import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { LOW_SCORE } from "@/lib/domain/classes/instructor-home";
import { seedClassWork } from "@/lib/server/seed/seed-class-work";
import { archiveClass } from "./archive-class";
import { getInstructorHome } from "./get-instructor-home";
import { makeInstructor, makeLearner, unwrap } from "./test-fixtures";

const NOW = new Date("2026-06-10T12:00:00Z");
// The seeded learners' e-mails hold the tag, unique per run: the file can run twice on a database.
const tag = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

describe("getInstructorHome", () => {
  test("lists the classes, the open assignment, late work and low scores", async () => {
    const teacher = await makeInstructor();
    const seeded = await seedClassWork(teacher.id, {
      className: "Seminar",
      tag: tag("h1"),
      now: NOW,
    });
    const home = unwrap(await getInstructorHome(teacher, NOW));

    expect(home.classes).toEqual([
      { id: seeded.classId, name: "Seminar", learners: 3, openAssignments: 1 },
    ]);
    expect(home.archivedClasses).toBe(0);
    // "Week 1 quiz" was due yesterday: not open. Ada has done "Week 2 quiz".
    expect(home.openAssignments.map((a) => [a.id, a.setName, a.done, a.learners])).toEqual([
      [seeded.openAssignmentId, "Week 2 quiz", 1, 3],
    ]);
    expect(home.attention.map((a) => [a.learnerId, a.assignmentId, a.reason, a.score])).toEqual([
      [seeded.learners.late, seeded.pastAssignmentId, "late", null],
      [seeded.learners.low, seeded.pastAssignmentId, "low-score", 0.2],
    ]);
    expect(home.attention.every((a) => a.score === null || a.score < LOW_SCORE)).toBe(true);
    expect(home.attentionTotal).toBe(2);
  });

  test("shows only the caller's own, current classes; learners are refused", async () => {
    const teacher = await makeInstructor();
    const other = await makeInstructor("other");
    const seeded = await seedClassWork(teacher.id, { className: "Mine", tag: tag("h2"), now: NOW });
    await seedClassWork(other.id, { className: "Theirs", tag: tag("h3"), now: NOW });
    expect(unwrap(await getInstructorHome(teacher, NOW)).classes.map((c) => c.name)).toEqual([
      "Mine",
    ]);

    unwrap(await archiveClass(teacher, seeded.classId, { archived: true }));
    const archived = unwrap(await getInstructorHome(teacher, NOW));
    expect(archived).toEqual({
      classes: [],
      // Counted, so the home says the class is archived rather than that there is none.
      archivedClasses: 1,
      openAssignments: [],
      attention: [],
      attentionTotal: 0,
    });

    const learner = await makeLearner();
    const refused = await getInstructorHome(learner, NOW);
    expect(refused.ok).toBe(false);
  });
});
