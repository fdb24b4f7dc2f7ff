// The HTTP layer over the services: the route handlers under app/api/{classes,sets,assignments}.
// Only the session is stood in for (there is no browser cookie here); the database is real.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { type RouteHandler as Handler, signIn } from "@/test/fake-session";
import { db } from "@/lib/server/db";
import * as assignmentAttempts from "@/app/api/assignments/[assignmentId]/attempts/route";
import * as gradebookExport from "@/app/api/assignments/[assignmentId]/export/gradebook/route";
import * as itemAnalysisExport from "@/app/api/assignments/[assignmentId]/export/item-analysis/route";
import * as itemAnalysis from "@/app/api/assignments/[assignmentId]/item-analysis/route";
import * as learnerWork from "@/app/api/assignments/[assignmentId]/results/[learnerId]/route";
import * as assignmentResults from "@/app/api/assignments/[assignmentId]/results/route";
import * as assignmentStudy from "@/app/api/assignments/[assignmentId]/study/route";
import * as assignmentDetail from "@/app/api/assignments/[assignmentId]/route";
import * as assignmentClose from "@/app/api/assignments/[assignmentId]/close/route";
import * as assignments from "@/app/api/assignments/route";
import * as classArchive from "@/app/api/classes/[classId]/archive/route";
import * as classAssignments from "@/app/api/classes/[classId]/assignments/route";
import * as classGradebookExport from "@/app/api/classes/[classId]/export/gradebook/route";
import * as classJoinCode from "@/app/api/classes/[classId]/join-code/route";
import * as classMember from "@/app/api/classes/[classId]/members/[userId]/route";
import * as classMembership from "@/app/api/classes/[classId]/membership/route";
import * as classDetail from "@/app/api/classes/[classId]/route";
import * as joinRoute from "@/app/api/classes/join/route";
import * as joinedRoute from "@/app/api/classes/joined/route";
import * as classes from "@/app/api/classes/route";
import * as setContents from "@/app/api/sets/[setId]/contents/route";
import * as setDuplicate from "@/app/api/sets/[setId]/duplicate/route";
import * as setDetail from "@/app/api/sets/[setId]/route";
import * as flashcardSets from "@/app/api/sets/flashcards/route";
import * as quizSetPreview from "@/app/api/sets/quiz/preview/route";
import * as quizSets from "@/app/api/sets/quiz/route";
import * as sets from "@/app/api/sets/route";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  sitAttempt,
} from "./test-fixtures";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));
const params = { classId: "c", userId: "u", setId: "s", assignmentId: "a", learnerId: "l" };

function call(
  handler: unknown,
  method: string,
  body?: unknown,
  p: Record<string, string> = params,
) {
  const init: RequestInit = {
    method,
    headers: { "content-type": "application/json", origin: "http://localhost" },
  };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  return (handler as Handler)(new Request("http://localhost/api/x", init), {
    params: Promise.resolve(p),
  });
}

const ROUTES: [string, string, unknown][] = [
  ["GET /api/classes", "GET", classes.GET],
  ["POST /api/classes", "POST", classes.POST],
  ["GET /api/classes/joined", "GET", joinedRoute.GET],
  ["POST /api/classes/join", "POST", joinRoute.POST],
  ["GET /api/classes/:id", "GET", classDetail.GET],
  ["PATCH /api/classes/:id", "PATCH", classDetail.PATCH],
  ["POST /api/classes/:id/join-code", "POST", classJoinCode.POST],
  ["PUT /api/classes/:id/archive", "PUT", classArchive.PUT],
  ["DELETE /api/classes/:id/members/:userId", "DELETE", classMember.DELETE],
  ["DELETE /api/classes/:id/membership", "DELETE", classMembership.DELETE],
  ["GET /api/classes/:id/assignments", "GET", classAssignments.GET],
  ["GET /api/classes/:id/export/gradebook", "GET", classGradebookExport.GET],
  ["GET /api/sets", "GET", sets.GET],
  ["POST /api/sets/quiz", "POST", quizSets.POST],
  ["POST /api/sets/quiz/preview", "POST", quizSetPreview.POST],
  ["POST /api/sets/flashcards", "POST", flashcardSets.POST],
  ["GET /api/sets/:id", "GET", setDetail.GET],
  ["PATCH /api/sets/:id", "PATCH", setDetail.PATCH],
  ["DELETE /api/sets/:id", "DELETE", setDetail.DELETE],
  ["PUT /api/sets/:id/contents", "PUT", setContents.PUT],
  ["POST /api/sets/:id/duplicate", "POST", setDuplicate.POST],
  ["GET /api/assignments", "GET", assignments.GET],
  ["POST /api/assignments", "POST", assignments.POST],
  ["PUT /api/assignments/:id", "PUT", assignmentDetail.PUT],
  ["DELETE /api/assignments/:id", "DELETE", assignmentDetail.DELETE],
  ["POST /api/assignments/:id/close", "POST", assignmentClose.POST],
  ["POST /api/assignments/:id/attempts", "POST", assignmentAttempts.POST],
  ["POST /api/assignments/:id/study", "POST", assignmentStudy.POST],
  ["GET /api/assignments/:id/results", "GET", assignmentResults.GET],
  ["GET /api/assignments/:id/results/:learnerId", "GET", learnerWork.GET],
  ["GET /api/assignments/:id/item-analysis", "GET", itemAnalysis.GET],
  ["GET /api/assignments/:id/export/gradebook", "GET", gradebookExport.GET],
  ["GET /api/assignments/:id/export/item-analysis", "GET", itemAnalysisExport.GET],
];

beforeEach(() => signIn(null));

describe("anonymous callers", () => {
  test.each(ROUTES)("%s -> 401", async (_name, method, handler) => {
    const before = await db.class.count();
    const response = await call(
      handler,
      method,
      method === "GET" || method === "DELETE" ? undefined : { name: "x", code: "ABCDEFGH" },
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: "Sign in to continue." });
    expect(await db.class.count()).toBe(before);
  });
});

describe("signed in", () => {
  test("a learner's instructor action on nothing specific gets 403; on a class, 404", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await makeLearner();
    signIn(learner);
    expect((await call(classes.POST, "POST", { name: "Mine" })).status).toBe(403);
    expect((await call(sets.GET, "GET")).status).toBe(403);
    const detail = await call(classDetail.GET, "GET", undefined, { classId: cls.id });
    expect(detail.status).toBe(404);
    expect(await detail.json()).toEqual({ ok: false, error: "Class not found." });
  });

  test("owner round trip: create 201, read 200, bad JSON 400, bad input 422 + errors", async () => {
    const owner = await makeInstructor();
    signIn(owner);
    const created = await call(classes.POST, "POST", { name: "Over HTTP" });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; joinCode: string } };
    const read = await call(classDetail.GET, "GET", undefined, { classId: data.id });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      ok: true,
      data: { id: data.id, name: "Over HTTP", roster: [], assignments: [] },
    });
    expect((await call(classDetail.PATCH, "PATCH", "{not json", { classId: data.id })).status).toBe(
      400,
    );
    const bad = await call(assignments.POST, "POST", {
      classId: data.id,
      setId: "s",
      opensAt: "2026-03-09T08:00",
      dueAt: "2026-03-02T08:00",
      timeZone: "UTC",
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      ok: false,
      fieldErrors: { dueAt: ["The due date must be after the opening date."] },
    });
    // Due dates are checked against the server's clock: one already past is refused, 422.
    const past = await call(assignments.POST, "POST", {
      classId: data.id,
      setId: "s",
      opensAt: "2020-01-01T08:00",
      dueAt: "2020-01-08T17:00",
      timeZone: "UTC",
    });
    expect(past.status).toBe(422);
    expect(await past.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^That due date has already passed \(it is now /),
      fieldErrors: { dueAt: [expect.stringMatching(/already passed/)] },
    });

    const learner = await makeLearner();
    signIn(learner);
    const joined = await call(joinRoute.POST, "POST", { code: data.joinCode.toLowerCase() });
    expect(joined.status).toBe(201);
    expect((await call(joinRoute.POST, "POST", { code: data.joinCode })).status).toBe(409);
    expect((await call(joinRoute.POST, "POST", { code: "ZZZZZZZZ" })).status).toBe(404);
  });

  test("duplicating a set: the owner gets the copy, 201; anyone else a 404", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner, { name: "Over HTTP" });
    signIn(owner);
    const copied = await call(setDuplicate.POST, "POST", undefined, { setId: set.id });
    expect(copied.status).toBe(201);
    expect(await copied.json()).toMatchObject({
      ok: true,
      data: { name: "Over HTTP (copy)", kind: "quiz", assignmentCount: 0 },
    });
    const before = await db.studySet.count();
    for (const other of [await makeInstructor("other"), await makeLearner()]) {
      signIn(other);
      const refused = await call(setDuplicate.POST, "POST", undefined, { setId: set.id });
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({ ok: false, error: "Set not found." });
    }
    expect(await db.studySet.count()).toBe(before);
  });

  test("CSV downloads: the owner gets an attachment; anyone else a JSON 404", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, set.id);
    const member = await addMember(cls.joinCode);
    await sitAttempt(member, a.id, [true, false, true, null, null], WHILE_OPEN);

    signIn(owner);
    for (const handler of [gradebookExport.GET, itemAnalysisExport.GET]) {
      const response = await call(handler, "GET", undefined, { assignmentId: a.id });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="[a-z0-9-]+\.csv"$/,
      );
      expect((await response.text()).split("\r\n").filter(Boolean)).toHaveLength(
        handler === gradebookExport.GET ? 2 : 6,
      );
    }
    const classBook = await call(classGradebookExport.GET, "GET", undefined, { classId: cls.id });
    expect(classBook.status).toBe(200);
    expect(classBook.headers.get("content-disposition")).toMatch(
      /^attachment; filename="class-gradebook-[a-z0-9-]+\.csv"$/,
    );
    expect((await classBook.text()).split("\r\n").filter(Boolean)).toHaveLength(2);
    for (const other of [member, await makeInstructor("other")]) {
      signIn(other);
      const response = await call(gradebookExport.GET, "GET", undefined, { assignmentId: a.id });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      const book = await call(classGradebookExport.GET, "GET", undefined, { classId: cls.id });
      expect(book.status).toBe(404);
      expect(await book.json()).toEqual({ ok: false, error: "Class not found." });
    }
  });

  test("changing, removing an assignment over HTTP: 200, 422, 409; 404 for others", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const started = await assign(owner, cls.id, set.id, { timeZone: "UTC" });
    const untouched = await assign(owner, cls.id, set.id, { timeZone: "UTC" });
    const member = await addMember(cls.joinCode);
    await sitAttempt(member, started.id, [true], WHILE_OPEN);
    const rules = {
      opensAt: started.opensAtLocal,
      dueAt: started.dueAtLocal,
      timeZone: "UTC",
      attemptsAllowed: 3,
      lateCounts: true,
    };
    const at = (assignmentId: string) => ({ assignmentId });

    // Another instructor, and a learner of the class: 404 for both, whatever the body.
    for (const who of [await makeInstructor("other"), member]) {
      signIn(who);
      for (const response of [
        await call(assignmentDetail.PUT, "PUT", rules, at(started.id)),
        await call(assignmentDetail.DELETE, "DELETE", undefined, at(untouched.id)),
        await call(assignmentClose.POST, "POST", undefined, at(started.id)),
      ]) {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ ok: false, error: "Assignment not found." });
      }
    }

    signIn(owner);
    // The fixtures' due date (March 2026) has passed: left as it was, the rest changes.
    const changed = await call(assignmentDetail.PUT, "PUT", rules, at(started.id));
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      ok: true,
      data: { id: started.id, lateCounts: true, dueAtLocal: started.dueAtLocal },
    });
    const moved = await call(
      assignmentDetail.PUT,
      "PUT",
      { ...rules, dueAt: "2026-03-10T17:00" },
      at(started.id),
    );
    expect(moved.status).toBe(422);
    expect(await moved.json()).toMatchObject({
      ok: false,
      fieldErrors: { dueAt: [expect.stringMatching(/^That due date has already passed/)] },
    });

    // Made due now: the fixtures' assignment is already past due (409); one due in 2099 closes.
    const pastDue = await call(assignmentClose.POST, "POST", undefined, at(started.id));
    expect(pastDue.status).toBe(409);
    expect(await pastDue.json()).toEqual({
      ok: false,
      error: "This assignment is already past due: it was due 9 Mar 2026, 17:00 (UTC).",
    });
    const open = await assign(owner, cls.id, set.id, {
      timeZone: "UTC",
      dueAt: "2099-01-01T00:00",
    });
    const before = Date.now();
    const closed = await call(assignmentClose.POST, "POST", undefined, at(open.id));
    expect(closed.status).toBe(200);
    const dueAt = (await db.assignment.findUniqueOrThrow({ where: { id: open.id } })).dueAt;
    expect(dueAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(dueAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await closed.json()).toMatchObject({
      ok: true,
      data: { id: open.id, dueAt: dueAt.toISOString() },
    });
    await db.assignment.delete({ where: { id: open.id } });

    const refused = await call(assignmentDetail.DELETE, "DELETE", undefined, at(started.id));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^1 learner has already started this assignment/),
    });
    const removed = await call(assignmentDetail.DELETE, "DELETE", undefined, at(untouched.id));
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({
      ok: true,
      data: { id: untouched.id, classId: cls.id },
    });
    expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(1);
  });

  test("renaming and deleting a set over HTTP: 200, 422, 409; 404 for others", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner, "Tuesday group");
    const assigned = await makeQuizSet(owner, { name: "Assigned" });
    const spare = await makeQuizSet(owner, { name: "Spare" });
    await assign(owner, cls.id, assigned.id);
    const at = (setId: string) => ({ setId });

    for (const who of [await makeInstructor("other"), await makeLearner()]) {
      signIn(who);
      for (const response of [
        await call(setDetail.PATCH, "PATCH", { name: "Mine now" }, at(spare.id)),
        await call(setDetail.DELETE, "DELETE", undefined, at(spare.id)),
      ]) {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ ok: false, error: "Set not found." });
      }
    }

    signIn(owner);
    const renamed = await call(setDetail.PATCH, "PATCH", { name: " Week 2 " }, at(spare.id));
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({
      ok: true,
      data: { id: spare.id, name: "Week 2" },
    });
    const blank = await call(setDetail.PATCH, "PATCH", { name: "" }, at(spare.id));
    expect(blank.status).toBe(422);
    expect(await blank.json()).toEqual({
      ok: false,
      error: "Please check the set's name.",
      fieldErrors: { name: ["Enter a name for the set."] },
    });
    expect((await call(setDetail.PATCH, "PATCH", "{not json", at(spare.id))).status).toBe(400);

    const refused = await call(setDetail.DELETE, "DELETE", undefined, at(assigned.id));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      ok: false,
      error:
        "“Assigned” is assigned to Tuesday group. Remove it from that class first, then delete it.",
    });
    const deleted = await call(setDetail.DELETE, "DELETE", undefined, at(spare.id));
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ ok: true, data: { id: spare.id, name: "Week 2" } });
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(1);
  });

  test("a learner starts their assignment over HTTP (201) and sees it in their list", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, set.id, {
      opensAt: "2020-01-01T00:00",
      dueAt: "2099-01-01T00:00",
    });
    const member = await addMember(cls.joinCode);
    signIn(member);
    const started = await call(assignmentAttempts.POST, "POST", undefined, { assignmentId: a.id });
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({
      ok: true,
      data: { resumed: false, questions: 5 },
    });
    const list = await call(assignments.GET, "GET");
    expect(await list.json()).toMatchObject({
      ok: true,
      data: [{ id: a.id, status: "to-do", attemptsUsed: 1 }],
    });
  });

  test("editing a set over HTTP: 200, 422, 409 once started; 404 for others", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, set.id);
    const body = { name: "Renamed", kinds: ["true-false"], count: 5, seed: "over-http" };
    const put = (b: unknown) => call(setContents.PUT, "PUT", b, { setId: set.id });

    for (const other of [await makeInstructor("other"), await makeLearner()]) {
      signIn(other);
      const response = await put(body);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ ok: false, error: "Set not found." });
    }
    signIn(owner);
    const bad = await put({ ...body, count: 0 });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      ok: false,
      fieldErrors: { count: [expect.any(String)] },
    });
    const saved = await put(body);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ ok: true, data: { id: set.id, name: "Renamed" } });

    const member = await addMember(cls.joinCode);
    await sitAttempt(member, a.id, [true], WHILE_OPEN);
    const refused = await put({ ...body, name: "Again" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Learners have already started an assignment of this set/),
    });
    expect(await db.studySet.findUnique({ where: { id: set.id } })).toMatchObject({
      name: "Renamed",
    });
  });
});
