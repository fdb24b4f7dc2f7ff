import { describe, expect, test } from "vitest";
import { sniffFileKind } from "./file-kind";

describe("sniffFileKind", () => {
  test.each([
    ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n</quiz>', "moodle-xml"],
    ['\uFEFF  <quiz>\n<question type="category"/></quiz>', "moodle-xml"],
    ["// a comment\n::Q1:: Acronym of the ICI? {=ICI ~MD}\n", "gift"],
    ["PfP began in 1994. {T}", "gift"],
    ["How many? {#3}", "gift"],
    ["EAPC\tEuro-Atlantic Partnership Council\nICI\tIstanbul Cooperation Initiative", "term-list"],
    ['front,back\r\nEAPC,"Euro-Atlantic, Council"\r\n', "term-list"],
    // Not sure of anything: the chosen format's own errors stand.
    ["", null],
    ["just one line of text", null],
    ["Acronym of the ICI?\nIt is ICI.", null],
    ["<html><body>hello</body></html>", null],
  ])("%j: %s", (text, kind) => {
    expect(sniffFileKind(text)).toBe(kind);
  });

  test("bytes: a zip is an Anki package; text bytes are read as text", () => {
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe("apkg");
    expect(sniffFileKind(new TextEncoder().encode("<?xml version='1.0'?><quiz/>"))).toBe(
      "moodle-xml",
    );
    expect(sniffFileKind(new Uint8Array([0x00, 0x01, 0x02]))).toBe(null);
  });
});
