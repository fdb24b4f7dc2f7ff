import { beforeAll, describe, expect, test } from "vitest";
import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import { listClassesForInstructor } from "@/lib/server/classes/list-classes-for-instructor";
import type { Caller } from "@/lib/server/classes/caller";
import { db } from "@/lib/server/db";
import { demoAnswerRight } from "./seed-class-work";
import { DEMO_ACCOUNTS } from "./seed-demo-accounts";
import { seedDemo } from "./seed-demo";

const emails = DEMO_ACCOUNTS.map((a) => a.email);

/** As on a first start: no demo account, no demo learner (other files may have made them). */
async function freshDatabase() {
  await db.user.deleteMany({
    where: { OR: [{ email: { in: emails } }, { email: { endsWith: "@seed.example" } }] },
  });
}

describe("the demo's seed", () => {
  let instructor: Caller;
  let first: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    await freshDatabase();
    first = await seedDemo(db, "a-demo-password");
    const user = await db.user.findUniqueOrThrow({ where: { email: "instructor@example.com" } });
    instructor = { id: user.id, role: "INSTRUCTOR" };
  });

  test("gives the new demo instructor one class with eleven learners and two quizzes", async () => {
    expect(first.demoClass).toMatchObject({ learners: 11, attempts: 13 });
    const classes = await listClassesForInstructor(instructor);
    expect(
      classes.ok && classes.data.map((c) => [c.name, c.memberCount, c.assignmentCount]),
    ).toEqual([["Demo class", 11, 2]]);
  });

  test("the closed quiz: ten learners done, one missing, scores from 100% down", async () => {
    const assignment = await db.assignment.findFirstOrThrow({
      where: { class: { instructorId: instructor.id }, set: { name: "Partnership basics" } },
    });
    const results = await getAssignmentResults(instructor, assignment.id);
    if (!results.ok) throw new Error(results.error);
    expect(results.data.counts).toMatchObject({ done: 10, late: 1 });
    const scores = results.data.roster
      .flatMap((r) => (r.bestScore === null ? [] : [r.bestScore]))
      .sort((a, b) => b - a);
    const expected = Array.from(
      { length: 10 },
      (_, learner) =>
        Array.from({ length: 10 }, (_, q) => demoAnswerRight(learner, q)).filter(Boolean).length /
        10,
    ).sort((a, b) => b - a);
    expect(scores).toEqual(expected);
    expect(scores[0]).toBe(1);
    expect(scores.at(-1)).toBeLessThanOrEqual(0.4);
  });

  test("its item analysis tells easy questions from hard, and most discriminate", async () => {
    const assignment = await db.assignment.findFirstOrThrow({
      where: { class: { instructorId: instructor.id }, set: { name: "Partnership basics" } },
    });
    const analysis = await getItemAnalysis(instructor, assignment.id);
    if (!analysis.ok) throw new Error(analysis.error);
    expect(analysis.data.learners).toBe(10);
    const facilities = analysis.data.items.map((i) => i.facility);
    expect(Math.max(...facilities)).toBe(1);
    expect(Math.min(...facilities)).toBeLessThanOrEqual(0.3);
    const positive = analysis.data.items.filter((i) => (i.discrimination ?? 0) > 0.3);
    expect(positive.length).toBeGreaterThanOrEqual(5);
    expect(analysis.data.items.some((i) => i.wrongAnswers.length > 0)).toBe(true);
  });

  // A walk through the demo found it looked made: facilities falling question by question,
  // every attempt whole minutes long, three learners submitting at one second.
  test("its learners' times are their own; its questions not in order of difficulty", async () => {
    const attempts = await db.quizAttempt.findMany({
      where: { assignment: { class: { instructorId: instructor.id } } },
      select: {
        startedAt: true,
        submittedAt: true,
        responses: { orderBy: { position: "asc" }, select: { answeredAt: true } },
      },
    });
    expect(attempts).toHaveLength(13);
    const seconds = (d: Date | null) => Math.floor(d!.getTime() / 1000);
    expect(new Set(attempts.map((a) => seconds(a.submittedAt))).size).toBe(13);
    expect(new Set(attempts.map((a) => seconds(a.startedAt))).size).toBe(13);
    const lengths = attempts.map((a) => a.submittedAt!.getTime() - a.startedAt.getTime());
    expect(lengths.filter((ms) => ms % 60_000 !== 0).length).toBeGreaterThanOrEqual(10);
    for (const ms of lengths) expect(ms).toBeGreaterThanOrEqual(5 * 60_000);
    // Answers one after another within the attempt.
    for (const a of attempts) {
      const times = a.responses.map((r) => r.answeredAt.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(new Set(times).size).toBe(times.length);
      expect(times[0]).toBeGreaterThan(a.startedAt.getTime());
      expect(times.at(-1)).toBeLessThan(a.submittedAt!.getTime());
    }
    const assignment = await db.assignment.findFirstOrThrow({
      where: { class: { instructorId: instructor.id }, set: { name: "Partnership basics" } },
    });
    const analysis = await getItemAnalysis(instructor, assignment.id);
    if (!analysis.ok) throw new Error(analysis.error);
    const facilities = analysis.data.items.map((i) => i.facility);
    expect(facilities).not.toEqual([...facilities].sort((a, b) => b - a));
  });

  test("the class, its members and sets date from before the first quiz opened", async () => {
    const opened = await db.assignment.aggregate({
      where: { class: { instructorId: instructor.id } },
      _min: { opensAt: true },
    });
    const firstOpen = opened._min.opensAt!.getTime();
    const dates = [
      ...(await db.class.findMany({ where: { instructorId: instructor.id } })),
      ...(await db.studySet.findMany({ where: { instructorId: instructor.id } })),
    ].map((row) => row.createdAt.getTime());
    const joined = await db.classMember.findMany({
      where: { class: { instructorId: instructor.id } },
    });
    expect(joined).toHaveLength(11);
    for (const time of [...dates, ...joined.map((m) => m.joinedAt.getTime())])
      expect(time).toBeLessThan(firstOpen);
  });

  test("a later start leaves the instructor's classes as they are", async () => {
    await db.class.updateMany({
      where: { instructorId: instructor.id },
      data: { name: "Renamed" },
    });
    const again = await seedDemo(db, "a-demo-password");
    expect(again.demoClass).toBeNull();
    const classes = await db.class.findMany({
      where: { instructorId: instructor.id },
      select: { name: true },
    });
    expect(classes).toEqual([{ name: "Renamed" }]);
  });

  test("a demo instructor deleted and made again gets the class again", async () => {
    await db.user.delete({ where: { id: instructor.id } });
    const again = await seedDemo(db, "a-demo-password");
    expect(again.demoClass).toMatchObject({ learners: 11, attempts: 13 });
    const user = await db.user.findUniqueOrThrow({ where: { email: "instructor@example.com" } });
    instructor = { id: user.id, role: "INSTRUCTOR" };
    expect(await db.user.count({ where: { email: { endsWith: "@seed.example" } } })).toBe(11);
  });

  test("the demo learner is in no class: their home stays a new learner's", async () => {
    const memberships = await db.classMember.count({
      where: { user: { email: "learner@example.com" } },
    });
    expect(memberships).toBe(0);
  });
});
