import { describe, expect, test } from "vitest";
import { matchTypedAnswer, normalizeAnswer, typoTolerance } from "./normalize";

describe("normalizeAnswer", () => {
  test.each([
    ["Partnership for Peace", "partnership for peace"],
    ["  PARTNERSHIP   for\tPEACE ", "partnership for peace"],
    ["The Partnership for Peace", "partnership for peace"],
    ["NATO's Partnership for Peace", "partnership for peace"],
    ["NATO", "nato"],
    ["Partnership-for-Peace!", "partnership for peace"],
    ["Individually Tailored Partnership Programmes", "individually tailored partnership programs"],
    ["non-member", "nonmember"],
    ["non member", "nonmember"],
    ["co-ordinated", "coordinated"],
    ["Multi-lateral", "multilateral"],
    ["Côte d’Ivoire", "cote divoire"],
    ["Ｐｆｐ", "pfp"],
    ["Bosnia & Herzegovina", "bosnia and herzegovina"],
    ["the", "the"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });

  test.each([
    ["pfp", 0],
    ["brussels", 1],
    ["1994", 0],
    ["twenty five", 1],
    ["partnership for peace", 2],
  ])("typo tolerance of %j is %i", (value, expected) => {
    expect(typoTolerance(value)).toBe(expected);
  });
});

const PFP = ["Partnership for Peace", "PfP", "Partnership for Peace programme"];
const OTHERS = ["Partnership Interoperability Initiative", "PII", "Mediterranean Dialogue", "MD"];

describe("matchTypedAnswer", () => {
  test.each<[string, string, boolean, string | null]>([
    ["canonical name", "Partnership for Peace", true, "exact"],
    ["acronym, any case", "pfp", true, "alias"],
    ["alias with British spelling", "partnership for peace program", true, "alias"],
    ["article and punctuation", "The Partnership-for-Peace.", true, "exact"],
    ["one typo", "Partnership for Paece", true, "fuzzy"],
    ["two typos in a long name", "Partnersip for Peice", true, "fuzzy"],
    ["three typos", "Partnrsip fr Paece", false, null],
    ["a typo in a short acronym", "PfB", false, null],
    ["another programme's name", "Partnership Interoperability Initiative", false, null],
    ["another programme's acronym", "PII", false, null],
    ["empty", "   ", false, null],
  ])("%s: %j", (_name, response, ok, via) => {
    const match = matchTypedAnswer(response, PFP, OTHERS);
    expect(match.ok).toBe(ok);
    expect(match.via).toBe(via);
  });

  test("a rejected value is named when recognised", () => {
    expect(matchTypedAnswer("mediterranean dialogue", PFP, OTHERS).rejectedAs).toBe(
      "Mediterranean Dialogue",
    );
  });

  test("numbers must match exactly", () => {
    expect(matchTypedAnswer("1994", ["1994"]).ok).toBe(true);
    expect(matchTypedAnswer("1995", ["1994"]).ok).toBe(false);
  });

  test("never accepts, by typo tolerance, something as close to a rejected value", () => {
    // A response as close to a rejected value as to the answer is refused.
    expect(matchTypedAnswer("bilaterel", ["bilateral"], ["bilaterel"]).ok).toBe(false);
    expect(matchTypedAnswer("multilateral", ["bilateral"], ["multilateral"]).ok).toBe(false);
    expect(matchTypedAnswer("bilaterall", ["bilateral"], ["multilateral"]).ok).toBe(true);
  });
});
