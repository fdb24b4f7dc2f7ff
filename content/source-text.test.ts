import { describe, expect, test } from "vitest";
import { isHeading, splitParagraphs, splitSentences } from "./source-text";

describe("splitSentences", () => {
  test.each([
    ["One. Two.", ["One.", "Two."]],
    ["It began in 1994. It grew.", ["It began in 1994.", "It grew."]],
    ["site.net – NATO works. Ends here.", ["site.net – NATO works.", "Ends here."]],
    ["Areas, e.g. Peacekeeping. Next one.", ["Areas, e.g. Peacekeeping.", "Next one."]],
    ["Is it? Yes! Done.", ["Is it?", "Yes!", "Done."]],
    ["NATO’s partners. 25 years passed.", ["NATO’s partners.", "25 years passed."]],
    ["No final stop", ["No final stop"]],
    ["   ", []],
  ])("%j", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe("isHeading", () => {
  test.each([
    ["The Partnership for Peace (PfP)", true],
    ["Conclusion", true],
    ["A body sentence.", false],
    ["A question?", false],
    ["He said “yes.”", false],
  ])("%j -> %s", (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });
});

test("splitParagraphs numbers non-empty lines from 1 and marks headings", () => {
  const paragraphs = splitParagraphs("Intro one. Intro two.\n\nHeading\r\nBody.\n");
  expect(paragraphs.map((p) => [p.n, p.heading, p.sentences.length])).toEqual([
    [1, false, 2],
    [2, true, 1],
    [3, false, 1],
  ]);
});
