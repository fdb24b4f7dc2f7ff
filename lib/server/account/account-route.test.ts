// PATCH /api/account over HTTP: the status of each answer. Only the session is stood in for
// (there is no browser cookie here); the database is real.
import { beforeEach, describe, expect, test, vi } from "vitest";
import * as accountRoute from "@/app/api/account/route";
import { db } from "@/lib/server/db";
import { makeLearner } from "@/lib/server/classes/test-fixtures";
import { type RouteHandler, signIn } from "@/test/fake-session";

vi.mock("@/lib/server/auth/session", () => import("@/test/fake-session"));
beforeEach(() => signIn(null));

function patch(body: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = {
    method: "PATCH",
    headers: { "content-type": "application/json", origin: "http://localhost", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
  return (accountRoute.PATCH as RouteHandler)(new Request("http://localhost/api/account", init), {
    params: Promise.resolve({}),
  });
}

const nameOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

describe("PATCH /api/account", () => {
  test("without a session: 401, and nothing changes", async () => {
    const user = await makeLearner("anonymous-patch");
    const response = await patch({ name: "Nobody" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: "Sign in to continue." });
    expect(await nameOf(user.id)).toBe("anonymous-patch");
  });

  test("the caller's new name: 200 with the stored name", async () => {
    const user = await makeLearner("route-rename");
    signIn(user);
    const response = await patch({ name: " Grace Hopper " });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, data: { name: "Grace Hopper" } });
    expect(await nameOf(user.id)).toBe("Grace Hopper");
  });

  test("an empty name 422 on its field, an email 422, not JSON 400, cross-site 403", async () => {
    const user = await makeLearner("route-refusals");
    signIn(user);
    const empty = await patch({ name: "" });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toEqual({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: { name: ["Enter your name."] },
    });
    expect((await patch({ name: "Ok", email: "new@example.org" })).status).toBe(422);
    expect((await patch("{not json")).status).toBe(400);
    expect((await patch({ name: "Elsewhere" }, { origin: "https://evil.example" })).status).toBe(
      403,
    );
    expect(await nameOf(user.id)).toBe("route-refusals");
  });

  test("a session whose account is a deleted tombstone: 404", async () => {
    const user = await makeLearner("route-gone");
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    signIn(user);
    expect((await patch({ name: "Back" })).status).toBe(404);
    expect(await nameOf(user.id)).toBe("route-gone");
  });
});
