// Optimisation against PostgreSQL: fitting and storing personal FSRS parameters, the refusal
// below the minimum, the scheduler using them, and who may run it (route: only the session is
// stood in for; the database is real).
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import * as fsrsRoute from "@/app/api/settings/fsrs/route";
import { buildFsrsItems } from "@/lib/domain/srs/fsrs-items";
import { evaluateParameters } from "@/lib/domain/srs/fsrs-metrics";
import { MIN_ITEMS } from "@/lib/domain/srs/optimisation-rules";
import { gradeCard } from "@/lib/domain/srs/schedule";
import { splitByTime } from "@/lib/domain/srs/split-by-time";
import type { CurrentUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { toMemory } from "@/lib/server/flashcards/card-state-row";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { seedReviewHistory } from "@/lib/server/seed/seed-review-history";
import { makeUser } from "@/test/make-user";
import { fitParameters } from "./fit-parameters";
import { countFsrsItems, getFsrsPanel, OPTIMISE_INTERVAL_MS } from "./get-fsrs-panel";
import { getRetentionWorkload } from "./get-retention-workload";
import { optimiseFsrs } from "./optimise-fsrs";
import { listReviewEvents } from "./review-events";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
beforeEach(() => {
  session.user = null;
});

const now = new Date("2026-06-01T12:00:00Z");
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

async function learnerWithHistory(days = 365) {
  const user = await makeUser("fsrs");
  const seeded = await seedReviewHistory(user.id, { days, now, seed: `fsrs-test-${days}` });
  return { ...user, ...seeded };
}

function post(body: unknown) {
  const init: RequestInit = {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost" },
  };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  return fsrsRoute.POST(new Request("http://localhost/api/settings/fsrs", init), {
    params: Promise.resolve({}),
  });
}

describe("optimising FSRS parameters against PostgreSQL", () => {
  test("fits, tests on the newest reviews, stores both figures, the date, 21 weights", async () => {
    const user = await learnerWithHistory();
    const items = buildFsrsItems(await listReviewEvents(user.id), "UTC");
    expect(items.length).toBeGreaterThanOrEqual(MIN_ITEMS);

    const result = await optimiseFsrs(user.id, {}, now);
    expect(result.ok).toBe(true);
    const profile = await db.fsrsProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(profile.parameters).toHaveLength(21);
    expect(profile.optimisedAt).toEqual(now);
    expect(profile.reviewCount).toBe(user.reviews);
    expect(profile.fitItems + profile.testItems).toBe(items.length);
    expect(profile.testItems).toBe(Math.floor(items.length * 0.2));
    for (const figure of [
      profile.defaultLogLoss,
      profile.defaultRmse,
      profile.personalLogLoss,
      profile.personalRmse,
    ]) {
      expect(figure).toBeGreaterThan(0);
      expect(figure).toBeLessThan(1);
    }
    // The simulated learner remembers far better than the defaults assume.
    expect(profile.inUse).toBe(true);
    expect(profile.personalLogLoss!).toBeLessThan(profile.defaultLogLoss!);
    expect(profile.personalRmse!).toBeLessThan(profile.defaultRmse!);

    if (!result.ok) throw new Error(result.error);
    expect(result.data.lastRun).toEqual({
      optimisedAt: now.toISOString(),
      inUse: true,
      defaults: { logLoss: profile.defaultLogLoss, rmseBins: profile.defaultRmse },
      personal: { logLoss: profile.personalLogLoss, rmseBins: profile.personalRmse },
      fitItems: profile.fitItems,
      testItems: profile.testItems,
      reviewCount: user.reviews,
    });
    expect(result.data.nextAllowedAt).toBe(minutesLater(10).toISOString());
  });

  test("the parameters in use are fitted again on every item, the newest fifth too", async () => {
    const user = await learnerWithHistory();
    const items = buildFsrsItems(await listReviewEvents(user.id), "UTC");
    expect(await optimiseFsrs(user.id, {}, now)).toMatchObject({ ok: true });
    const profile = await db.fsrsProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(profile.inUse).toBe(true);
    const { fit, test } = splitByTime(items);
    // The figures are those of the fit on the older items, scored on the newest fifth...
    expect(profile.personalLogLoss).toBeCloseTo(
      evaluateParameters(await fitParameters(fit), test).logLoss,
      12,
    );
    // ...while the weights that schedule are the fit on all of them.
    const everything = await fitParameters(items);
    const older = await fitParameters(fit);
    expect(profile.parameters).toHaveLength(everything.length);
    everything.forEach((w, i) => expect(profile.parameters[i]).toBeCloseTo(w, 9));
    expect(everything.some((w, i) => Math.abs(w - older[i]!) > 1e-3)).toBe(true);
  });

  test("the next grade is scheduled with the personal parameters", async () => {
    const user = await learnerWithHistory();
    expect(await optimiseFsrs(user.id, {}, now)).toMatchObject({ ok: true });
    const { parameters } = await db.fsrsProfile.findUniqueOrThrow({ where: { userId: user.id } });

    const later = new Date("2026-09-01T12:00:00Z");
    const view = await getStudySession(user.id, undefined, later);
    expect(view.card).not.toBeNull();
    const cardId = view.card!.cardId;
    const before = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId } },
    });
    const graded = await gradeFlashcard(
      user.id,
      { cardId, rating: 3, requestId: randomUUID(), expectedVersion: view.card!.version },
      later,
    );
    expect(graded.ok).toBe(true);
    const after = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId } },
    });
    const personal = gradeCard(toMemory(before), 3, later, 0.9, parameters).next;
    const defaults = gradeCard(toMemory(before), 3, later, 0.9, null).next;
    expect(toMemory(after)).toEqual(personal);
    expect(personal.stability).not.toBe(defaults.stability);
  });

  test("below the minimum: refused, saying how many more reviews are needed", async () => {
    const user = await learnerWithHistory(4);
    const items = buildFsrsItems(await listReviewEvents(user.id), "UTC").length;
    expect(items).toBeLessThan(MIN_ITEMS);
    const result = await optimiseFsrs(user.id, {}, now);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(result.error).toContain(`you have ${items}, so ${MIN_ITEMS - items} more`);
    // Nothing was claimed or stored: the learner may try again as soon as they have enough.
    expect(await db.fsrsProfile.findUnique({ where: { userId: user.id } })).toBeNull();
    expect(await getFsrsPanel(user.id, now)).toEqual({
      items,
      itemsNeeded: MIN_ITEMS,
      lastRun: null,
      nextAllowedAt: null,
    });
  });

  test("one run per learner per interval, even when two start at once", async () => {
    const user = await learnerWithHistory();
    const [a, b] = await Promise.all([
      optimiseFsrs(user.id, {}, now),
      optimiseFsrs(user.id, {}, now),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "rate_limited" });
    expect(await optimiseFsrs(user.id, {}, minutesLater(9))).toMatchObject({
      code: "rate_limited",
    });
    expect(
      await optimiseFsrs(user.id, {}, minutesLater(OPTIMISE_INTERVAL_MS / 60_000)),
    ).toMatchObject({ ok: true });
  });

  test("a seeded history is the same whatever day it is seeded on, ending before it", async () => {
    const history = async (on: Date) => {
      const user = await makeUser("fsrs-days");
      await seedReviewHistory(user.id, { days: 90, now: on, seed: "same-every-day" });
      const rows = await db.reviewLog.findMany({
        where: { userId: user.id },
        orderBy: { review: "asc" },
        select: { cardId: true, rating: true, scheduledDays: true, review: true },
      });
      return rows.map((r) => ({ ...r, review: r.review.getTime() - on.getTime() }));
    };
    const later = new Date(now.getTime() + 37 * 86_400_000);
    const first = await history(now);
    expect(first.length).toBeGreaterThan(300);
    expect(await history(later)).toEqual(first);
    expect(Math.max(...first.map((r) => r.review))).toBeLessThan(-12 * 3_600_000);
  });

  test("the item count the settings page shows equals the items the optimiser builds", async () => {
    // Sessions from 23:58:48 UTC: learning steps run past midnight in some zones, not in others.
    const user = await makeUser("fsrs-zones");
    await seedReviewHistory(user.id, { days: 120, now, hourUtc: 23.98, seed: "zones" });
    const events = await listReviewEvents(user.id);
    const counts = new Set<number>();
    for (const timeZone of ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"]) {
      const items = buildFsrsItems(events, timeZone).length;
      expect(await countFsrsItems(user.id, timeZone)).toBe(items);
      counts.add(items);
    }
    expect(counts.size).toBeGreaterThan(1);
  });

  test("the workload table follows the learner's deck, limits, pace and parameters", async () => {
    const fresh = await makeUser("fsrs-workload");
    const before = await getRetentionWorkload(fresh.id);
    expect(before).toMatchObject({ personal: false, studying: false, secondsPerReview: 10 });
    expect(before.rows.map((r) => r.retention)).toEqual([
      0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97,
    ]);

    const user = await learnerWithHistory();
    await db.user.update({ where: { id: user.id }, data: { desiredRetention: 0.87 } });
    expect(await optimiseFsrs(user.id, {}, now)).toMatchObject({ ok: true });
    const after = await getRetentionWorkload(user.id);
    expect(after).toMatchObject({ personal: true, studying: true, desiredRetention: 0.87 });
    expect(after.cardCount).toBe(user.cards);
    expect(after.rows.map((r) => r.retention)).toContain(0.87);
  });

  test("options are refused: the run reads the caller's own reviews and nothing else", async () => {
    const user = await learnerWithHistory();
    expect(await optimiseFsrs(user.id, { userId: "someone-else" }, now)).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("POST /api/settings/fsrs", () => {
  test("anonymous: 401, nothing runs", async () => {
    const response = await post({});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  test("a learner optimises their own reviews only, never another learner's", async () => {
    const owner = await learnerWithHistory();
    const other = await makeUser("fsrs-other");
    session.user = {
      id: other.id,
      email: other.email,
      name: "x",
      role: "LEARNER",
      timeZone: "UTC",
    };
    const refused = await post({});
    expect(refused.status).toBe(422);
    expect(await db.fsrsProfile.findUnique({ where: { userId: owner.id } })).toBeNull();
    expect(await db.fsrsProfile.findUnique({ where: { userId: other.id } })).toBeNull();

    session.user = {
      id: owner.id,
      email: owner.email,
      name: "x",
      role: "LEARNER",
      timeZone: "UTC",
    };
    const response = await post({});
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      ok: boolean;
      data: { lastRun: { reviewCount: number } };
    };
    expect(body.data.lastRun.reviewCount).toBe(owner.reviews);
    expect(await db.fsrsProfile.findUnique({ where: { userId: other.id } })).toBeNull();
  });

  test("a body that is not JSON: 400", async () => {
    const user = await makeUser("fsrs-json");
    session.user = { id: user.id, email: user.email, name: "x", role: "LEARNER", timeZone: "UTC" };
    expect((await post("not json")).status).toBe(400);
  });
});
