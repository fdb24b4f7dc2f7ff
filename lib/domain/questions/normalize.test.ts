/**
 * Typed answers graded as a fair teacher would: a table of answers that must be accepted and of
 * near misses that must be refused, checked against the real questions' accepted and rejected
 * forms wherever the bank has them.
 */
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "./generate";
import { matchTypedAnswer, normalizeAnswer, slips, yearIn } from "./normalize";

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

  test.each<[string, string | null]>([
    ["1994", "1994"],
    ["in 1994", "1994"],
    ["june 2004", "2004"],
    ["10 11 january 1994", "1994"],
    ["the year 1997", "1997"],
    ["1994 1995", null],
    ["not in 1994", null],
    ["1990s", null],
  ])("yearIn(%j) = %j", (value, expected) => {
    expect(yearIn(value)).toBe(expected);
  });

  test.each<[string, string, number | null]>([
    ["polnad", "poland", 1],
    ["partnersip for peice", "partnership for peace", 2],
    ["pfb", "pfp", null],
    ["plam", "plan", null],
    ["peace keeping", "peacekeeping", 1],
    ["1995", "1994", null],
  ])("slips(%j, %j) = %j", (given, target, expected) => {
    expect(slips(given, target)).toBe(expected);
  });
});

const bank = generateQuestionBank(loadContent());
/** Accepted and rejected forms of the bank's typed questions, by template:programme:key. */
function forms(idEnd: string): { accepted: readonly string[]; rejected: readonly string[] } {
  const q = bank.find((x) => x.id.endsWith(idEnd));
  if (q?.kind === "short-answer") return { accepted: q.accepted, rejected: q.rejected };
  if (q?.kind === "cloze") return { accepted: q.answers, rejected: q.rejected };
  throw new Error(`no typed question ending in ${idEnd}`);
}

const PFP = forms(":pfp:pfp-case-typed");
const ITPP = forms(":itpp:itpp-case-middle-east");
const OPS = forms(":operational-partnerships:op-case-navy");
const CONS = forms(":non-member-consultations:cons-case-west-africa");
const DLG = forms("short-answer.clue:dialogues:dlg-multilateral-breadth");
const GHANA = forms("cloze.fact:non-member-consultations:cons-example-countries");
const MIDDLE_EAST = forms("cloze.fact:itpp:itpp-geographic-reach");
const PEACEKEEPING = forms("cloze.fact:pfp:pfp-area-peacekeeping");
const MIL = forms("cloze.fact:pfp:pfp-area-military-contacts");
const NON_MEMBER = forms("cloze.fact:operational-partnerships:op-contribute-missions");
const OPERATIONAL = forms("cloze.fact:operational-partnerships:op-coordinated-response");
const MULTI = forms("cloze.fact:dialogues:dlg-multilateral-breadth");
const BI = forms("cloze.fact:dialogues:dlg-bilateral-depth");
const CONSULTATIONS = forms("cloze.fact:non-member-consultations:cons-mutual-understanding");
const PLAN = forms("cloze.fact:itpp:itpp-reform-2021");
const WALES = forms("cloze.fact:partnership-interoperability-initiative:pii-wales-2014");
const plain = (...accepted: string[]) => ({ accepted, rejected: [] as string[] });
const Y1994 = plain("1994");
const Y2004 = plain("2004");
const Y1997 = plain("1997");
const POLAND = plain("Poland");
const IRELAND = plain("Ireland");
const ICELAND = plain("Iceland");
const TWENTY_FIVE = plain("twenty-five", "25");
const BRUSSELS = plain("Brussels");
// Compound and hyphenated words the bank no longer blanks, kept for what they test.
const COORD = plain("coordinated", "co-ordinated");
const CORNER = plain("cornerstone");
const CONTESTED = plain("contested");
type Forms = { accepted: readonly string[]; rejected: readonly string[] };

const ACCEPT: Array<[string, Forms]> = [
  ["Partnership for Peace", PFP],
  ["partnership for peace", PFP],
  ["PARTNERSHIP FOR PEACE", PFP],
  ["The Partnership for Peace", PFP],
  ["the partnership for peace.", PFP],
  ["Partnership for Peace (PfP)", PFP],
  ["The Partnership for Peace (PfP)", PFP],
  ["partnership for peace (pfp)", PFP],
  ["Partnership for Peace (PfP).", PFP],
  ["PfP", PFP],
  ["pfp", PFP],
  ["NATO's Partnership for Peace", PFP],
  ["Partnership-for-Peace", PFP],
  ["Partnership for Peace programme", PFP],
  ["Partnership for Peace program", PFP],
  ["the PfP programme", PFP],
  ["PfP program", PFP],
  ["Partnership for Paece", PFP],
  ["Partnersihp for Peace", PFP],
  ["Partnership for Peac", PFP],
  ["Partnership for Peacee", PFP],
  ["Partnershipfor Peace", PFP],
  ["Partnersip for Peice", PFP],
  ["  partnership   for  peace  ", PFP],
  ["Partnership for Peace!", PFP],
  ["Individually Tailored Partnership Programmes", ITPP],
  ["Individually Tailored Partnership Programs", ITPP],
  ["ITPPs", ITPP],
  ["ITPP", ITPP],
  ["itpp", ITPP],
  ["Individually Tailored Partnership Programmes (ITPPs)", ITPP],
  ["the Individually Tailored Partnership Programme", ITPP],
  ["Individualy Tailored Partnership Programmes", ITPP],
  ["Individually Tailord Partnership Programmes", ITPP],
  ["Individually Tailored Partnership Porgrammes", ITPP],
  ["individually-tailored partnership programmes", ITPP],
  ["Individually Tailored Partnership Program", ITPP],
  ["The ITPPs", ITPP],
  ["Operational partnerships", OPS],
  ["operational partnership", OPS],
  ["NATO operational partnerships", OPS],
  ["Operational partnerhsips", OPS],
  ["Opertional partnerships", OPS],
  ["the operational partnerships", OPS],
  ["Multilateral and bilateral dialogues", DLG],
  ["Bilateral and multilateral dialogues", DLG],
  ["Dialogues", DLG],
  ["dialogue", DLG],
  ["Multilateral & bilateral dialogues", DLG],
  ["Multi-lateral and bi-lateral dialogues", DLG],
  ["NATO dialogues", DLG],
  ["partnership dialogues", DLG],
  ["Consultations with non-member countries", CONS],
  ["Consultations with non member countries", CONS],
  ["Consultations with nonmember countries", CONS],
  ["consultations", CONS],
  ["Consultations with non-NATO countries", CONS],
  ["consultations with non-members", CONS],
  ["Consultation with non-member countries", CONS],
  ["Consultations with non-member states", CONS],
  ["Ghana", GHANA],
  ["ghana", GHANA],
  ["Gahna", GHANA],
  ["Ghanna", GHANA],
  ["GHANA.", GHANA],
  ["Gana", GHANA],
  ["Middle East", MIDDLE_EAST],
  ["the Middle East", MIDDLE_EAST],
  ["middle-east", MIDDLE_EAST],
  ["Midle East", MIDDLE_EAST],
  ["Middel East", MIDDLE_EAST],
  ["peacekeeping", PEACEKEEPING],
  ["peace keeping", PEACEKEEPING],
  ["peace-keeping", PEACEKEEPING],
  ["peacekeepign", PEACEKEEPING],
  ["Peacekeeping.", PEACEKEEPING],
  ["military-to-military", MIL],
  ["military to military", MIL],
  ["Military-to-Military", MIL],
  ["militray to military", MIL],
  ["non-member", NON_MEMBER],
  ["Non-member", NON_MEMBER],
  ["non member", NON_MEMBER],
  ["nonmember", NON_MEMBER],
  ["non-NATO", NON_MEMBER],
  ["partner", NON_MEMBER],
  ["coordinated", COORD],
  ["co-ordinated", COORD],
  ["co ordinated", COORD],
  ["coordianted", COORD],
  ["Coordinated", COORD],
  ["operational", OPERATIONAL],
  ["Operational", OPERATIONAL],
  ["operatonal", OPERATIONAL],
  ["multilateral", MULTI],
  ["multi-lateral", MULTI],
  ["multilaterl", MULTI],
  ["bilateral", BI],
  ["bi-lateral", BI],
  ["bilaterall", BI],
  ["1994", Y1994],
  ["in 1994", Y1994],
  ["In 1994.", Y1994],
  ["January 1994", Y1994],
  ["10 January 1994", Y1994],
  ["the year 1994", Y1994],
  ["June 2004", Y2004],
  ["in June 2004", Y2004],
  ["2004", Y2004],
  ["during 1997", Y1997],
  ["Poland", POLAND],
  ["Polnad", POLAND],
  ["poland", POLAND],
  ["Pland", POLAND],
  ["Irland", IRELAND],
  ["cornerstone", CORNER],
  ["corner stone", CORNER],
  ["cornerstnoe", CORNER],
  ["contested", CONTESTED],
  ["contestd", CONTESTED],
  ["twenty five", TWENTY_FIVE],
  ["25", TWENTY_FIVE],
  ["Twenty-five", TWENTY_FIVE],
  ["twentyfive", TWENTY_FIVE],
  ["consultations", CONSULTATIONS],
  ["Consultations", CONSULTATIONS],
  ["consultation", CONSULTATIONS],
  ["consultatoins", CONSULTATIONS],
  ["Brussels", BRUSSELS],
  ["Brusels", BRUSSELS],
  ["brussel", BRUSSELS],
  ["Plan", PLAN],
  ["plan", PLAN],
  ["Wales", WALES],
];

const REFUSE: Array<[string, Forms]> = [
  ["Individually Tailored Partnership Programmes", PFP],
  ["ITPP", PFP],
  ["Operational partnerships", PFP],
  ["Dialogues", PFP],
  ["Consultations", PFP],
  ["Partnership for Peace (ITPPs)", PFP],
  ["Partnership", PFP],
  ["Peace", PFP],
  ["PfB", PFP],
  ["PFF", PFP],
  ["Partnrsip fr Paece", PFP],
  ["Partnership for Peas", PFP],
  ["", PFP],
  ["   ", PFP],
  ["Partnership for Peace and Security", PFP],
  ["NATO", PFP],
  ["Peace Partnership", PFP],
  ["Partnership for Peace", ITPP],
  ["PfP", ITPP],
  ["ITP", ITPP],
  ["Individually Tailored Programmes", ITPP],
  ["Consultations with non-member countries", OPS],
  ["Operational planning", OPS],
  ["Operations", OPS],
  ["Operational partnerships", CONS],
  ["Multilateral and bilateral dialogues", CONS],
  ["Consultants", CONS],
  ["Guyana", GHANA],
  ["Kenya", GHANA],
  ["Ghana Nigeria", GHANA],
  ["Togo", GHANA],
  ["China", GHANA],
  ["Brazil", GHANA],
  ["Far East", MIDDLE_EAST],
  ["Middle Esat", MIDDLE_EAST],
  ["Mid East", MIDDLE_EAST],
  ["Near East", MIDDLE_EAST],
  ["peacemaking", PEACEKEEPING],
  ["peace", PEACEKEEPING],
  ["bilateral", MULTI],
  ["bilaterel", MULTI],
  ["unilateral", MULTI],
  ["multilateral", BI],
  ["trilateral", BI],
  ["1995", Y1994],
  ["1949", Y1994],
  ["1994-1995", Y1994],
  ["not in 1994", Y1994],
  ["in 1993", Y1994],
  ["June 1994", Y2004],
  ["2004 or 2005", Y2004],
  ["1990s", Y1994],
  ["Portugal", POLAND],
  ["Holland", POLAND],
  ["Iceland", IRELAND],
  ["Ireland", ICELAND],
  ["Icelend", IRELAND],
  ["keystone", CORNER],
  ["dialogues", CONSULTATIONS],
  ["consultants", CONSULTATIONS],
  ["strategic", OPERATIONAL],
  ["operations", OPERATIONAL],
  ["corner", CORNER],
  ["member", NON_MEMBER],
  ["NATO", NON_MEMBER],
  ["Allied", NON_MEMBER],
  ["Bruges", BRUSSELS],
  ["Berlin", BRUSSELS],
  ["Plans", PLAN],
  ["Program", PLAN],
  ["Whales and Scotland", WALES],
];

describe("typed answers", () => {
  test("the tables are large enough to mean something", () => {
    expect(ACCEPT.length).toBeGreaterThanOrEqual(100);
    expect(REFUSE.length).toBeGreaterThanOrEqual(50);
  });

  test.each(ACCEPT)("accepts %j", (response, { accepted, rejected }) => {
    const match = matchTypedAnswer(response, accepted, rejected);
    expect(match.ok, JSON.stringify(match)).toBe(true);
    expect(accepted).toContain(match.matched);
  });

  test.each(REFUSE)("refuses %j", (response, { accepted, rejected }) => {
    expect(matchTypedAnswer(response, accepted, rejected).ok).toBe(false);
  });

  test("a rejected value or another country is named when recognised", () => {
    expect(
      matchTypedAnswer("Operational partnerships", PFP.accepted, PFP.rejected).rejectedAs,
    ).toBe("Operational partnerships");
    expect(matchTypedAnswer("Iceland", IRELAND.accepted).rejectedAs).toBe("Iceland");
  });

  test("how a match was made: exact, alias, or fuzzy", () => {
    expect(matchTypedAnswer("Partnership for Peace", PFP.accepted, PFP.rejected).via).toBe("exact");
    expect(matchTypedAnswer("pfp", PFP.accepted, PFP.rejected).via).toBe("alias");
    expect(matchTypedAnswer("Partnership for Paece", PFP.accepted, PFP.rejected).via).toBe("fuzzy");
  });
});
