// The end-to-end accessibility audit (e2e/fixtures.ts) runs every WCAG A/AA rule in the colour
// scheme a page shows and only the colour rules in the other. That is sound while the dark
// scheme changes colours and nothing else: a `dark:` variant that hid, showed, moved or resized
// an element would give one scheme elements (or a layout) that the other's scan never saw. This
// test holds the app to it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");
const FOLDERS = ["app", "components", "lib"];

const PROPERTY = [
  "text",
  "bg",
  "border(-[trblxy])?",
  "divide",
  "ring",
  "ring-offset",
  "outline",
  "stroke",
  "fill",
  "accent",
  "caret",
  "decoration",
  "placeholder",
  "shadow",
  "from",
  "via",
  "to",
].join("|");
const PALETTE = [
  "slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky",
  "blue|indigo|violet|purple|fuchsia|pink|rose|brand",
].join("|");
/** A colour utility: `bg-slate-800`, `text-white`, `ring-red-500/40`, `border-transparent`. */
const COLOUR_UTILITY = new RegExp(
  `^(${PROPERTY})-((${PALETTE})-\\d{2,3}|white|black|transparent|current|inherit)(/\\d+)?$`,
);

/** A CSS property that only colours: what a rule of its own for the dark class may set. */
const COLOUR_PROPERTY =
  /^(color-scheme|color|background-color|border(-(top|right|bottom|left))?-color|fill|stroke)$/;

/** The utility a `dark:` class applies, after any further variants (`hover:`, `*:`, ...). */
function darkUtility(darkClass: string): string {
  // Variants end in `:`, and may hold brackets with colons inside: `has-[:checked]:`.
  const rest = darkClass.slice("dark:".length);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "[") depth++;
    else if (rest[i] === "]") depth--;
    else if (rest[i] === ":" && depth === 0) start = i + 1;
  }
  return rest.slice(start);
}

function isColourOnly(darkClass: string): boolean {
  return COLOUR_UTILITY.test(darkUtility(darkClass).replace(/;$/, ""));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(tsx?|css)$/.test(file) && !file.endsWith(".test.ts"))
    .map((file) => path.join(folder, file));
}

test("a dark: class is told apart as colour or not", () => {
  expect(isColourOnly("dark:bg-slate-800")).toBe(true);
  expect(isColourOnly("dark:hover:text-white")).toBe(true);
  expect(isColourOnly("dark:has-[:checked]:bg-brand-900")).toBe(true);
  expect(isColourOnly("dark:*:border-slate-700")).toBe(true);
  expect(isColourOnly("dark:ring-red-500/40")).toBe(true);
  expect(isColourOnly("dark:text-slate-400;")).toBe(true);
  for (const other of [
    "dark:hidden",
    "dark:block",
    "dark:sr-only",
    "dark:text-lg",
    "dark:border-2",
    "dark:hover:invisible",
    "dark:opacity-0",
    "dark:[display:none]",
    "dark:has-[:checked]:flex",
  ])
    expect(isColourOnly(other), other).toBe(false);
});

test("the dark scheme changes colours only", () => {
  const offending: string[] = [];
  let seen = 0;
  for (const file of FOLDERS.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    for (const match of text.matchAll(/\bdark:[^\s"'`]+/g)) {
      seen++;
      if (!isColourOnly(match[0])) offending.push(`${file}: ${match[0]}`);
    }
    // A stylesheet rule of its own for the dark class may set the colour scheme and colours
    // alone (globals.css writes one out where Tailwind's variant cannot reach, after ::after).
    for (const rule of text.matchAll(/^[ \t]*[^\n{;]*\.dark\b[^\n{;]*\{([^}]*)\}/gm)) {
      const properties = rule[1]!
        .split(";")
        .map((declaration) => declaration.split(":")[0]!.trim())
        .filter(Boolean);
      for (const property of properties)
        if (!COLOUR_PROPERTY.test(property)) offending.push(`${file}: .dark { ${property} }`);
    }
  }
  expect(seen).toBeGreaterThan(100);
  expect(offending).toEqual([]);
});
