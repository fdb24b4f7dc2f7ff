import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { deletedLearnersNotice, learnerIdentities, type MemberAccount } from "./deleted-learners";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const member = (userId: string, deletedAt: Date | null = null): MemberAccount => ({
  userId,
  name: deletedAt ? "Deleted learner" : `Learner ${userId}`,
  email: deletedAt ? `deleted-${userId}@deleted.invalid` : `${userId}@example.com`,
  deletedAt,
});

describe("learnerIdentities", () => {
  test.each([
    ["nobody deleted", [member("a"), member("b")], ["Learner a", "Learner b"]],
    ["numbered by deletion date", [member("a", at(9)), member("b", at(3))], ["2", "1"]],
    ["same instant: by id", [member("b", at(3)), member("a", at(3))], ["2", "1"]],
    ["others keep their names", [member("a"), member("b", at(1))], ["Learner a", "1"]],
  ])("%s", (_name, members, expected) => {
    const names = [...learnerIdentities(members).values()].map((i) => i.name);
    expect(names).toEqual(expected.map((e) => (/^\d+$/.test(e) ? `Deleted learner ${e}` : e)));
  });

  test("a deleted learner's email is not shown; a present learner's is", () => {
    const ids = learnerIdentities([member("a"), member("b", at(2))]);
    expect(ids.get("a")).toEqual({ name: "Learner a", email: "a@example.com", deletedAt: null });
    expect(ids.get("b")).toEqual({ name: "Deleted learner 1", email: null, deletedAt: at(2) });
  });

  test("property: deleted learners get 1..n once each, whatever the members' order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.string({
              unit: fc.constantFrom("a", "b", "c", "d"),
              minLength: 1,
              maxLength: 4,
            }),
            day: fc.option(fc.nat(30)),
          }),
          { selector: (m) => m.id },
        ),
        (rows) => {
          const members = rows.map((r) => member(r.id, r.day === null ? null : at(r.day + 1)));
          const forward = learnerIdentities(members);
          const backward = learnerIdentities([...members].reverse());
          expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
          const numbers = [...forward.values()]
            .filter((i) => i.deletedAt)
            .map((i) => Number(i.name.replace("Deleted learner ", "")))
            .sort((a, b) => a - b);
          expect(numbers).toEqual(numbers.map((_, i) => i + 1));
          for (const i of forward.values()) expect(i.email === null).toBe(i.deletedAt !== null);
        },
      ),
    );
  });
});

test("the instructor's notice names each deleted learner with the date", () => {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  expect(deletedLearnersNotice([], day)).toBeNull();
  expect(deletedLearnersNotice([{ name: "Deleted learner 1", deletedAt: at(3) }], day)).toBe(
    '1 learner deleted their account on 2026-11-03 (now "Deleted learner 1"). The results ' +
      "stay in this class's gradebook, item analysis and exports under that name; their name " +
      "and email address were erased.",
  );
  expect(
    deletedLearnersNotice(
      [
        { name: "Deleted learner 1", deletedAt: at(3) },
        { name: "Deleted learner 2", deletedAt: at(5) },
      ],
      day,
    ),
  ).toMatch(
    new RegExp(
      "^2 learners deleted their accounts: Deleted learner 1 on 2026-11-03, " +
        "Deleted learner 2 on 2026-11-05\\. .*under those names",
    ),
  );
});
