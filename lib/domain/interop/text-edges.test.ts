// Edges of text.ts the first tests left open (surviving mutants, README "Mutation testing").
// Line numbers are text.ts's.
// - line 43, the tag-free shortcut of htmlToPlainText: it must read a text as html-to-text
//   reads it, for every character (the zero-width space once read differently; fixed).
import { describe, expect, test } from "vitest";
import { htmlToPlainText } from "./text";

describe("htmlToPlainText's tag-free shortcut", () => {
  test("reads every BMP character as html-to-text does inside a tag", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (char === "<" || char === "&") continue;
      const text = `a${char}b`;
      if (htmlToPlainText(text) !== htmlToPlainText(`<span>${text}</span>`))
        differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  test("a zero-width space is read as a space, as html-to-text reads it", () => {
    expect(htmlToPlainText("a\u200bb")).toBe("a b");
    expect(htmlToPlainText("a \u200b\n b")).toBe("a b");
  });
});
