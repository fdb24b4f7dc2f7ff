// DELETE /api/quiz-attempts/<id> ("Discard" an unfinished quiz) over HTTP: the session is
// stood in for (no browser cookie here); the database is real. The session's user, never the
// request, decides whose quiz it is, and the refusals keep their statuses.
import { beforeEach, expect, test, vi } from "vitest";
import * as attemptRoute from "@/app/api/quiz-attempts/[id]/route";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { signIn, type RouteHandler } from "@/test/fake-session";
import { startQuiz } from "./start-quiz";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));

function discard(id: string) {
  const request = new Request(`http://localhost/api/quiz-attempts/${id}`, {
    method: "DELETE",
    headers: { "content-type": "application/json", origin: "http://localhost" },
  });
  return (attemptRoute.DELETE as RouteHandler)(request, { params: Promise.resolve({ id }) });
}

async function quizOf(userId: string) {
  return unwrap(await startQuiz(userId, { count: 5 })).attemptId;
}

const exists = (id: string) => db.quizAttempt.count({ where: { id } });

beforeEach(() => signIn(null));

test("signed out: 401, nothing deleted", async () => {
  const learner = await makeLearner("discard-anonymous");
  const id = await quizOf(learner.id);
  const response = await discard(id);
  expect(response.status).toBe(401);
  expect(await exists(id)).toBe(1);
});

test("the owner discards their unfinished quiz: 200, and it is gone", async () => {
  const learner = await makeLearner("discard-own");
  const id = await quizOf(learner.id);
  signIn(learner);
  const response = await discard(id);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, data: { attemptId: id } });
  expect(await exists(id)).toBe(0);
  // A second discard finds nothing.
  expect((await discard(id)).status).toBe(404);
});

test("someone else's quiz: 404 (not told apart from a missing one), and it stays", async () => {
  const owner = await makeLearner("discard-victim");
  const id = await quizOf(owner.id);
  signIn(await makeLearner("discard-intruder"));
  const response = await discard(id);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ ok: false, error: "Quiz not found." });
  expect(await exists(id)).toBe(1);
});

test("assignment work: 403, and it stays", async () => {
  const instructor = await makeInstructor();
  const cls = await makeClass(instructor);
  const assignment = await assign(instructor, cls.id, (await makeQuizSet(instructor)).id);
  const learner = await addMember(cls.joinCode, "discard-route-assigned");
  const { attemptId } = unwrap(
    await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
  );
  signIn(learner);
  expect((await discard(attemptId)).status).toBe(403);
  expect(await exists(attemptId)).toBe(1);
});

test("an id that names no quiz: 422 before any read", async () => {
  signIn(await makeLearner("discard-bad-id"));
  const response = await discard("not-a-quiz");
  expect(response.status).toBe(422);
  expect(await response.json()).toMatchObject({
    ok: false,
    fieldErrors: { attemptId: expect.any(Array) },
  });
});
