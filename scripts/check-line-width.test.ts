import { describe, expect, test } from "vitest";
import { findWideLines, MAX_WIDTH } from "./check-line-width";

const wide = "x".repeat(MAX_WIDTH + 1);

describe("findWideLines", () => {
  test.each([
    ["lib/a.ts", `const a = 1;\n${"y".repeat(MAX_WIDTH)}`, []],
    ["lib/a.ts", `ok\n${wide}`, ["lib/a.ts:2: 101 columns"]],
    ["lib/a.ts", `// ${"é".repeat(MAX_WIDTH - 3)}`, []], // characters, not bytes
    ["README.md", `| ${wide} |`, []],
    ["README.md", wide, ["README.md:1: 101 columns"]],
    ["lib/a.ts", `import { x } from "@/${wide}";`, []],
    ["lib/a.ts", `// see https://example.org/${wide}`, []],
    ["package-lock.json", wide, []],
    ["prisma/migrations/1_init/migration.sql", wide, []],
  ])("%s: %j -> %j", (file, text, expected) => {
    expect(findWideLines(file, text)).toEqual(expected);
  });
});
