// The authorization matrix: every instructor action and read, called by the owner, another
// instructor, a member of the class and a learner outside it. Only the owner succeeds; the
// others get 404 for anything specific (existence does not leak) or 403 for an instructor-only
// action on nothing in particular, and nothing changes in the database. Anonymous callers never
// reach a service: see routes.test.ts (401 from every route).
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import type { FailureCode, ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { archiveClass } from "./archive-class";
import { createAssignment } from "./create-assignment";
import { createClass } from "./create-class";
import { createFlashcardSet } from "./create-flashcard-set";
import { createQuizSet } from "./create-quiz-set";
import { exportGradebookCsv } from "./export-gradebook-csv";
import { exportItemAnalysisCsv } from "./export-item-analysis-csv";
import { getAssignmentResults } from "./get-assignment-results";
import { getClassForInstructor } from "./get-class-for-instructor";
import { getItemAnalysis } from "./get-item-analysis";
import { getLearnerAssignmentWork } from "./get-learner-assignment-work";
import { getSet } from "./get-set";
import { leaveClass } from "./leave-class";
import { listAssignmentsForInstructor } from "./list-assignments-for-instructor";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { listClassesForInstructor } from "./list-classes-for-instructor";
import { listLearnerClasses } from "./list-learner-classes";
import { listSets } from "./list-sets";
import { previewQuizSet } from "./preview-quiz-set";
import { removeMember } from "./remove-member";
import { rotateJoinCode } from "./rotate-join-code";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { studyAssignment } from "./study-assignment";
import { updateAssignment } from "./update-assignment";
import { updateClass } from "./update-class";
import {
  ASSIGNED_AT,
  DUE_LOCAL,
  OPENS_LOCAL,
  PARIS,
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  sitAttempt,
  unwrap,
} from "./test-fixtures";

async function makeWorld() {
  const owner = await makeInstructor("owner");
  const otherInstructor = await makeInstructor("other-instructor");
  const outsider = await makeLearner("outsider");
  const cls = await makeClass(owner);
  const member = await addMember(cls.joinCode, "member");
  const quizSet = await makeQuizSet(owner);
  const flashSet = await makeFlashcardSet(owner, cardIdsOf("pfp", 3));
  const assignment = await assign(owner, cls.id, quizSet.id);
  await sitAttempt(member, assignment.id, [true, false, true, null, null], WHILE_OPEN);
  // The other instructor has a class and a set of their own, to try crossing over with.
  const otherClass = await makeClass(otherInstructor, "Other class");
  const otherSet = await makeQuizSet(otherInstructor);
  return {
    owner,
    otherInstructor,
    member,
    outsider,
    cls,
    quizSet,
    flashSet,
    assignment,
    otherClass,
    otherSet,
  };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

/** Everything an unauthorised call could change, owner's side and caller's side. */
async function snapshot(w: World) {
  return {
    class: await db.class.findUnique({ where: { id: w.cls.id } }),
    members: await db.classMember.findMany({
      where: { classId: w.cls.id },
      orderBy: { userId: "asc" },
    }),
    classes: await db.class.count(),
    sets: await db.studySet.count(),
    assignments: await db.assignment.count(),
    assignment: await db.assignment.findUnique({ where: { id: w.assignment.id } }),
    attempts: await db.quizAttempt.count(),
  };
}

type Who = "otherInstructor" | "member" | "outsider";
const NON_OWNERS: Who[] = ["otherInstructor", "member", "outsider"];
const assignmentInput = (classId: string, setId: string) => ({
  classId,
  setId,
  opensAt: OPENS_LOCAL,
  dueAt: DUE_LOCAL,
  timeZone: PARIS,
  attemptsAllowed: 2,
});

// [action, call, failure for another instructor, failure for learners (member and outsider)]
const objectActions: [
  string,
  (c: Caller, w: World) => Promise<ServiceResult<unknown>>,
  FailureCode,
  FailureCode,
][] = [
  ["getClassForInstructor", (c, w) => getClassForInstructor(c, w.cls.id), "not_found", "not_found"],
  [
    "updateClass",
    (c, w) => updateClass(c, w.cls.id, { name: "Renamed" }),
    "not_found",
    "not_found",
  ],
  ["rotateJoinCode", (c, w) => rotateJoinCode(c, w.cls.id), "not_found", "not_found"],
  [
    "archiveClass",
    (c, w) => archiveClass(c, w.cls.id, { archived: true }),
    "not_found",
    "not_found",
  ],
  ["removeMember", (c, w) => removeMember(c, w.cls.id, w.member.id), "not_found", "not_found"],
  [
    "listAssignmentsForInstructor",
    (c, w) => listAssignmentsForInstructor(c, w.cls.id),
    "not_found",
    "not_found",
  ],
  ["getSet (quiz)", (c, w) => getSet(c, w.quizSet.id), "not_found", "not_found"],
  ["getSet (flashcards)", (c, w) => getSet(c, w.flashSet.id), "not_found", "not_found"],
  [
    "createAssignment (owner's class and set)",
    (c, w) => createAssignment(c, assignmentInput(w.cls.id, w.quizSet.id), { now: ASSIGNED_AT }),
    "not_found",
    "forbidden",
  ],
  [
    "updateAssignment",
    (c, w) =>
      updateAssignment(
        c,
        w.assignment.id,
        {
          opensAt: OPENS_LOCAL,
          dueAt: DUE_LOCAL,
          timeZone: PARIS,
          attemptsAllowed: 2,
          lateCounts: true,
        },
        { now: WHILE_OPEN },
      ),
    "not_found",
    "not_found",
  ],
  [
    "getAssignmentResults",
    (c, w) => getAssignmentResults(c, w.assignment.id),
    "not_found",
    "not_found",
  ],
  [
    "getLearnerAssignmentWork",
    (c, w) => getLearnerAssignmentWork(c, w.assignment.id, w.member.id),
    "not_found",
    "not_found",
  ],
  ["getItemAnalysis", (c, w) => getItemAnalysis(c, w.assignment.id), "not_found", "not_found"],
  [
    "exportGradebookCsv",
    (c, w) => exportGradebookCsv(c, w.assignment.id),
    "not_found",
    "not_found",
  ],
  [
    "exportItemAnalysisCsv",
    (c, w) => exportItemAnalysisCsv(c, w.assignment.id),
    "not_found",
    "not_found",
  ],
];

describe("instructor actions on a class, set or assignment: only its owner", () => {
  test.each(objectActions)("%s", async (_name, call, instructorCode, learnerCode) => {
    const w = await makeWorld();
    for (const who of NON_OWNERS) {
      const before = await snapshot(w);
      const result = await call(w[who], w);
      expect(result, who).toMatchObject({
        ok: false,
        code: who === "otherInstructor" ? instructorCode : learnerCode,
      });
      expect(result).not.toHaveProperty("data");
      expect(await snapshot(w), `${who} changed nothing`).toEqual(before);
    }
    expect(await call(w.owner, w)).toMatchObject({ ok: true });
  });
});

describe("crossing over: an instructor cannot use another's class or set", () => {
  test.each([
    [
      "the owner's set into the other instructor's class",
      (w: World) => assignmentInput(w.otherClass.id, w.quizSet.id),
      "otherClass",
    ],
    [
      "the other instructor's set into the owner's class",
      (w: World) => assignmentInput(w.cls.id, w.otherSet.id),
      "otherSet",
    ],
  ])("the owner assigning %s gets 404, nothing written", async (_label, input) => {
    const w = await makeWorld();
    const before = await snapshot(w);
    const result = await createAssignment(w.owner, input(w), { now: ASSIGNED_AT });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(w)).toEqual(before);
  });
});

// Instructor actions on nothing in particular: learners get 403; another instructor succeeds
// but only ever sees their own things.
const generalActions: [string, (c: Caller) => Promise<ServiceResult<unknown>>][] = [
  ["createClass", (c) => createClass(c, { name: "New class" })],
  ["listClassesForInstructor", (c) => listClassesForInstructor(c)],
  ["createQuizSet", (c) => createQuizSet(c, { name: "Set", count: 5 })],
  ["createFlashcardSet", (c) => createFlashcardSet(c, { name: "Cards", programmeIds: ["pfp"] })],
  ["previewQuizSet", (c) => previewQuizSet(c, { count: 5 })],
  ["listSets", (c) => listSets(c)],
];

describe("instructor-only actions on nothing in particular", () => {
  test.each(generalActions)("%s: 403 for learners, nothing written", async (_name, call) => {
    const w = await makeWorld();
    for (const who of ["member", "outsider"] as const) {
      const before = await snapshot(w);
      expect(await call(w[who])).toMatchObject({ ok: false, code: "forbidden" });
      expect(await snapshot(w)).toEqual(before);
    }
    expect(await call(w.owner)).toMatchObject({ ok: true });
    expect(await call(w.otherInstructor)).toMatchObject({ ok: true });
  });

  test("lists show an instructor their own classes and sets only", async () => {
    const w = await makeWorld();
    const otherClasses = unwrap(await listClassesForInstructor(w.otherInstructor)).map((c) => c.id);
    const otherSets = unwrap(await listSets(w.otherInstructor)).map((s) => s.id);
    expect(otherClasses).toEqual([w.otherClass.id]);
    expect(otherSets).toEqual([w.otherSet.id]);
    expect(unwrap(await listClassesForInstructor(w.owner)).map((c) => c.id)).toEqual([w.cls.id]);
    expect(
      unwrap(await listSets(w.owner))
        .map((s) => s.id)
        .sort(),
    ).toEqual([w.quizSet.id, w.flashSet.id].sort());
  });
});

describe("learner reads and actions: members only, their own work only", () => {
  test("only the member sees the class's assignments and classes", async () => {
    const w = await makeWorld();
    expect(unwrap(await listAssignmentsForLearner(w.member, WHILE_OPEN)).map((a) => a.id)).toEqual([
      w.assignment.id,
    ]);
    for (const who of ["owner", "otherInstructor", "outsider"] as const) {
      expect(unwrap(await listAssignmentsForLearner(w[who], WHILE_OPEN)), who).toEqual([]);
      expect(unwrap(await listLearnerClasses(w[who])), who).toEqual([]);
    }
    expect(unwrap(await listLearnerClasses(w.member)).map((c) => c.id)).toEqual([w.cls.id]);
  });

  test("a member's list holds their own scores, not another member's", async () => {
    const w = await makeWorld();
    const second = await addMember(w.cls.joinCode, "second");
    const [mine] = unwrap(await listAssignmentsForLearner(second, WHILE_OPEN));
    expect(mine).toMatchObject({ attemptsUsed: 0, bestScore: null, status: "to-do" });
    const [theirs] = unwrap(await listAssignmentsForLearner(w.member, WHILE_OPEN));
    expect(theirs).toMatchObject({ attemptsUsed: 1, status: "done" });
  });

  test.each([
    [
      "startAssignmentAttempt",
      (c: Caller, w: World) => startAssignmentAttempt(c, w.assignment.id, { now: WHILE_OPEN }),
    ],
    ["leaveClass", (c: Caller, w: World) => leaveClass(c, w.cls.id)],
  ])(
    "%s: 404 for the owner, another instructor and an outsider; the member succeeds",
    async (_name, call) => {
      const w = await makeWorld();
      for (const who of ["owner", "otherInstructor", "outsider"] as const) {
        const before = await snapshot(w);
        expect(await call(w[who], w), who).toMatchObject({ ok: false, code: "not_found" });
        expect(await snapshot(w)).toEqual(before);
      }
      expect(await call(w.member, w)).toMatchObject({ ok: true });
    },
  );

  test("studyAssignment: 404 for non-members", async () => {
    const w = await makeWorld();
    const flash = await assign(w.owner, w.cls.id, w.flashSet.id);
    for (const who of ["owner", "otherInstructor", "outsider"] as const) {
      expect(await studyAssignment(w[who], flash.id, WHILE_OPEN), who).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(
      await db.deckSubscription.count({
        where: { userId: { in: [w.owner.id, w.otherInstructor.id, w.outsider.id] } },
      }),
    ).toBe(0);
    expect(await studyAssignment(w.member, flash.id, WHILE_OPEN)).toMatchObject({ ok: true });
  });

  test("an instructor demoted to learner loses access to their classes at once", async () => {
    const w = await makeWorld();
    const demoted = { ...w.owner, role: "LEARNER" as const };
    expect(await getClassForInstructor(demoted, w.cls.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await getAssignmentResults(demoted, w.assignment.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  test("work of someone removed from the class is no longer shown to the instructor", async () => {
    const w = await makeWorld();
    unwrap(await removeMember(w.owner, w.cls.id, w.member.id));
    expect(await getLearnerAssignmentWork(w.owner, w.assignment.id, w.member.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(unwrap(await getAssignmentResults(w.owner, w.assignment.id)).roster).toEqual([]);
  });
});
