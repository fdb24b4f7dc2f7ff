// Quality-report text edges: tests for the mutants of quality-text.ts that survived Stryker
// (README "Mutation testing"): word splitting, content words, the stem match, phrases, acronyms,
// initials, each kind of giveaway and the dangling-reference checks. Each case was seen failing
// with its mutant applied by hand.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  acronymOf,
  containsPhrase,
  contentWords,
  danglingReference,
  giveaway,
  initialsOf,
  phrase,
  sameStem,
  wordsOf,
} from "./quality-text";

// Lines 33 (empty pieces kept), 35 (accents replaced, not dropped), 37 (apostrophes replaced).
describe("wordsOf", () => {
  test.each<[string, string[]]>([
    ["", []],
    ["  ", []],
    [" NATO ", ["nato"]],
    ["Zürich", ["zurich"]],
    ["Crème brûlée", ["creme", "brulee"]],
    ["NATO's allies", ["natos", "allies"]],
    ["the Allies’ `doctrine`", ["the", "allies", "doctrine"]],
    ["Euro-Atlantic  Council, 1997!", ["euro", "atlantic", "council", "1997"]],
    ["Москва и Киев", ["москва", "и", "киев"]],
    ["Ｒ＆Ｄ", ["r", "d"]],
  ])("%j -> %j", (input, expected) => {
    expect(wordsOf(input)).toEqual(expected);
  });

  test("every word is a non-empty lower-case run of letters and digits", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const w of wordsOf(text)) {
          expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
          expect(w).toBe(w.toLowerCase());
        }
      }),
    );
  });
});

// Line 45: the four-letter floor, numbers of any length, stop and domain words.
describe("contentWords", () => {
  test.each<[string, string[]]>([
    ["", []],
    ["war gas sea", []],
    ["army navy", ["army", "navy"]],
    ["which these would", []],
    ["NATO partners security", []],
    ["Article 5 of 1949", ["5", "1949"]],
    ["12 members in 99", ["12", "99"]],
    ["a1 1a b2c", []],
    ["Kosovo Force", ["kosovo", "force"]],
  ])("%j -> %j", (input, expected) => {
    expect(contentWords(input)).toEqual(expected);
  });
});

// Lines 50-53: equal words, the six-letter prefix, a shorter word (five letters or more) that
// begins the longer one, in either order.
describe("sameStem", () => {
  test.each<[string, string, boolean]>([
    ["war", "war", true],
    ["nato", "nato", true],
    ["operations", "operational", true],
    ["operas", "operation", false],
    ["peace", "peacekeeping", true],
    ["peacekeeping", "peace", true],
    ["consult", "consultations", true],
    ["consultations", "consult", true],
    ["keeping", "peacekeeping", false],
    ["army", "armys", false],
    ["arms", "army", false],
    ["plan", "plans", false],
    ["plans", "plant", false],
  ])("%j ~ %j is %j", (a, b, expected) => {
    expect(sameStem(a, b)).toBe(expected);
  });

  test("is reflexive and symmetric", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameStem(a, a)).toBe(true);
        expect(sameStem(a, b)).toBe(sameStem(b, a));
      }),
    );
  });
});

// Line 63: an empty needle is in no haystack, not even an empty one.
describe("phrase and containsPhrase", () => {
  test.each<[string, string]>([
    ["", "  "],
    ["Partnership for Peace", " partnership for peace "],
    ["  Open-Door  policy ", " open door policy "],
  ])("phrase(%j) -> %j", (input, expected) => {
    expect(phrase(input)).toBe(expected);
  });

  test.each<[string, string, boolean]>([
    ["", "", false],
    ["", "!!", false],
    ["anything", "", false],
    ["The Partnership for Peace began", "partnership for peace", true],
    ["The Partnership for Peacekeeping", "partnership for peace", false],
    ["open-door policy", "Open Door", true],
  ])("containsPhrase(%j, %j) is %j", (haystack, needle, expected) => {
    expect(containsPhrase(haystack, needle)).toBe(expected);
  });
});

// Lines 67-68: two to eight Latin letters in brackets, at the very end (trailing spaces allowed).
describe("acronymOf", () => {
  test.each<[string, string | null]>([
    ["Partnership for Peace (PfP)", "PfP"],
    ["Partnership for Peace (PfP)  ", "PfP"],
    ["Partnership for Peace (PfP) programme", null],
    ["Partnership for Peace (PfP)x", null],
    ["Article (5)", null],
    ["Plan (A)", null],
    ["Kosovo Force (KFOR)", "KFOR"],
    ["Long name (ABCDEFGHI)", null],
    ["Partnership for Peace", null],
    ["", null],
  ])("%j -> %j", (input, expected) => {
    expect(acronymOf(input)).toBe(expected);
  });
});

// Lines 74-75: a final bracket is dropped before counting; two to six words give initials.
describe("initialsOf", () => {
  test.each<[string, string | null]>([
    ["", null],
    ["Peace", null],
    ["Peace (P)", null],
    ["Open Door", "od"],
    ["Partnership for Peace", "pfp"],
    ["Partnership for Peace (PfP)", "pfp"],
    ["Partnership for Peace (PfP)  ", "pfp"],
    ["Partnership (PfP) for Peace", "ppfp"],
    ["one two three four five six", "ottffs"],
    ["one two three four five six seven", null],
    ["Euro-Atlantic Partnership Council", "eapc"],
  ])("%j -> %j", (input, expected) => {
    expect(initialsOf(input)).toBe(expected);
  });
});

describe("giveaway", () => {
  test.each<[string, string, string[], string, string | null]>([
    // Lines 84 (the key named, its final bracket dropped, however it ends).
    [
      "key named while every key word is shared",
      "Open Door",
      ["Open Door Policy", "Closed Door"],
      "Why did the open door matter?",
      'names the key "Open Door"',
    ],
    [
      "key named without its acronym",
      "Partnership for Peace (PfP)",
      ["Mediterranean Dialogue"],
      "What did the Partnership for Peace offer?",
      'names the key "Partnership for Peace (PfP)"',
    ],
    [
      "key named, its acronym followed by a space",
      "Partnership for Peace (PfP) ",
      ["Mediterranean Dialogue"],
      "What did the Partnership for Peace offer?",
      'names the key "Partnership for Peace (PfP) "',
    ],
    [
      "a bracket inside the key is not dropped",
      "Partnership (PfP) for Peace",
      ["Peace Corps"],
      "What did the Partnership for Peace offer?",
      null,
    ],
    // Lines 87-88 (the acronym, in any case, with or without its plural "s").
    [
      "acronym",
      "Partnership for Peace (PfP)",
      ["Mediterranean Dialogue"],
      "What does PFP offer?",
      'gives the key\'s acronym "PfP"',
    ],
    [
      "acronym without its plural s",
      "Strategic Concepts (SCs)",
      ["Summit Declarations"],
      "Which SC was adopted in 1999?",
      'gives the key\'s acronym "SCs"',
    ],
    [
      "acronym with its plural s",
      "Strategic Concepts (SCs)",
      ["Summit Declarations"],
      "How many SCs were adopted?",
      'gives the key\'s acronym "SCs"',
    ],
    // Lines 92-94 (initials of two words or more, alone or plural; none for one word).
    [
      "two-letter initials",
      "Open Door",
      ["Closed Shop"],
      "What did OD stand for?",
      'gives the key\'s initials "od"',
    ],
    [
      "plural initials",
      "Membership Action Plan",
      ["Individual Programme"],
      "How many MAPs were signed?",
      'gives the key\'s initials "map"',
    ],
    ["one-word key, no initials", "Kosovo", ["Bosnia"], "Which was bombed in 1999?", null],
    // (a missing initials value must not match the word "nulls", as `${null}s` would)
    [
      "one-word key, no initials, stem says nulls",
      "Annulment",
      ["Suspension"],
      "Which act nulls a treaty?",
      null,
    ],
    // Lines 97-102 (a key word shared with another option is no giveaway).
    [
      "key word shared with another option",
      "Open Door",
      ["Open Skies"],
      "Which open policy was adopted?",
      null,
    ],
    [
      "key word not shared",
      "Open Borders",
      ["Open Skies"],
      "Which border did enlargement open?",
      'echoes the key\'s word "borders" ("border")',
    ],
    [
      "an option without an acronym adds no words",
      "Stryker Brigade",
      ["Armoured Division"],
      "Which unit used the Stryker vehicle?",
      'echoes the key\'s word "stryker" ("stryker")',
    ],
    ["nothing given away", "Open Door", ["Open Skies"], "Which policy came first?", null],
  ])("%s", (_, key, others, stem, expected) => {
    expect(giveaway(key, others, stem)).toBe(expected);
  });
});

describe("danglingReference", () => {
  test.each<[string, string | null]>([
    ["Their members met in 1997. Where?", 'starts with "Their"'],
    // Line 130 ("such as", "such a" point at nothing; other "such" nouns do).
    ["Which bodies, such as the council, meet yearly?", null],
    ["Which body is such a forum?", null],
    [
      "Why were such measures taken?",
      '"such measures" refers to something the question does not name',
    ],
    // Only "such" is excused before "a": "this a problem" still points outside the question.
    ["Why is this a problem?", '"this a" refers to something the question does not name'],
    ["Why did this summit matter?", '"this summit" refers to something the question does not name'],
    // Line 132 ("those of", "those that", "those which", "those who" stand for a noun before).
    ["Name the reforms after those of 1999.", null],
    ["Name the reforms and those that followed.", null],
    ["Name the treaties and those which came later.", null],
    ["Name the leaders and those who followed them.", null],
    // Line 133 ("of these" right before, any spacing; an earlier "of" does not count).
    ["Which of  these reforms came first?", null],
    [
      "Which of the founders signed this treaty?",
      '"this treaty" refers to something the question does not name',
    ],
    ["Which of these options is right?", null],
    // Line 135 (a hyphenated noun matches the same word named earlier without its hyphen).
    ["Name a peacekeeping mission. When did this peace-keeping mission end?", null],
    [
      "When did this peace-keeping mission end?",
      '"this peace-keeping" refers to something the question does not name',
    ],
  ])("%j -> %j", (stem, expected) => {
    expect(danglingReference(stem)).toBe(expected);
  });
});
