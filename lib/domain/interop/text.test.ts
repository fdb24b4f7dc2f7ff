/** Plain-text rules shared by the formats. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { htmlToPlainText, normalizeText, splitLastParagraph } from "./text";

describe("htmlToPlainText", () => {
  test("text without tags or entities reads as html-to-text reads it", () => {
    const unit = fc.constantFrom(..."ab \t\n\r\f\u00a0\u2003.,'\"/=");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        // Wrapped in a span, the same text takes the full html-to-text path.
        expect(htmlToPlainText(s)).toBe(htmlToPlainText(`<span>${s}</span>`));
      }),
    );
  });

  test.each([
    ["<p>a</p><p>b</p>", "a\n\nb"],
    ["a<br>b", "a\nb"],
    ["x &lt; y &amp; z &#126;", "x < y & z ~"],
    ["<script>alert(1)</script>ok<style>p{}</style>", "ok"],
    ['<a href="javascript:x()">link</a> <img src=x onerror=y>', "link"],
    ["<h1>Title</h1><ul><li>one</li></ul>", "Title\n\n* one"],
  ])("%j", (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });
});

describe("normalizeText", () => {
  test("is idempotent and leaves no run of spaces, no line-end space, no 3 breaks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
        expect(n).not.toMatch(/ {2}| \n|\n |\n{3}|\t|\u00a0/);
        expect(n).toBe(n.trim());
      }),
    );
  });
});

describe("splitLastParagraph", () => {
  test.each([
    ["True or false?\n\nThe sky is blue.", { lead: "True or false?", last: "The sky is blue." }],
    ["Only one paragraph.", { lead: "DEFAULT", last: "Only one paragraph." }],
    ["One\n\nTwo\n\nThree", { lead: "One\n\nTwo", last: "Three" }],
  ])("%j", (text, expected) => {
    expect(splitLastParagraph(text, "DEFAULT")).toEqual(expected);
  });
});
