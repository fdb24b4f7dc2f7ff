// Every page loads the script of the root layout's client components (the header's menus, the
// theme, the service worker's registration), so whatever they import is paid for on each page,
// the bare one included. Until the twenty-first session the account menu's sign-out reached the
// offline review queue, and with it zod and ts-fsrs: about 45 KB of compressed script on every
// page, for a click that clears some storage. This test walks the layout's imports as the
// bundler does (server components' imports stay on the server; everything a "use client" module
// imports statically ships) and holds the packages the layout's client code reaches to a short
// list. A package that only some pages need belongs in those pages, or behind `import()`; and
// the pages without a form keep zod and the scheduler out (below).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");

/** Static value imports and re-exports (not `import type`, not `import()`, which splits). */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  const fromClause = /^\s*(?:import|export)\s+(type\s+)?[^;'"]*?\sfrom\s+["']([^"']+)["']/gm;
  for (const match of source.matchAll(fromClause)) if (!match[1]) specs.push(match[2] as string);
  for (const match of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specs.push(match[1]!);
  return specs;
}

function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const packageOf = (spec: string) =>
  spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;

const isClientModule = (source: string) => /^\s*["']use client["']/.test(source);

/** Packages reached by the client modules that `entry` (a server component) renders. */
function clientPackagesOf(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const visited = new Set<string>();
  const walk = (file: string, client: boolean, chain: string[]) => {
    const key = `${client}:${file}`;
    if (visited.has(key)) return;
    visited.add(key);
    const source = readFileSync(file, "utf8");
    const inClient = client || isClientModule(source);
    const here = [...chain, path.relative(ROOT, file)];
    for (const spec of importsOf(source)) {
      const local = resolveLocal(file, spec);
      if (local) walk(local, inClient, here);
      else if (inClient && !spec.startsWith("node:") && !spec.endsWith(".css")) {
        const name = packageOf(spec);
        if (!packages.has(name)) packages.set(name, here);
      }
    }
  };
  walk(entry, false, []);
  return packages;
}

test("the root layout's client code imports only React, Next and next-themes", () => {
  const packages = clientPackagesOf(path.join(ROOT, "app/layout.tsx"));
  // What the walk saw, so that a broken walk (finding nothing) fails too.
  expect(packages.has("react")).toBe(true);
  expect(packages.has("next")).toBe(true);
  const allowed = new Set(["react", "next", "next-themes"]);
  const extra = [...packages].filter(([name]) => !allowed.has(name));
  expect(extra.map(([name, chain]) => `${name} <- ${chain.join(" > ")}`)).toEqual([]);
});

// The pages a learner opens most, which have no form to validate: before the twenty-first
// session home loaded zod and ts-fsrs for two constants ("all", a content type) that its
// "Start studying" button and `requestJson` imported from the schema modules.
test.each([
  "app/page.tsx",
  "app/library/page.tsx",
  "app/library/[programme]/page.tsx",
  "app/progress/page.tsx",
  "app/flashcards/page.tsx",
  "app/flashcards/decks/[deckId]/page.tsx",
])("%s loads neither zod nor ts-fsrs in the browser", (page) => {
  const packages = clientPackagesOf(path.join(ROOT, page));
  const heavy = ["zod", "ts-fsrs"].filter((name) => packages.has(name));
  expect(heavy.map((name) => `${name} <- ${packages.get(name)!.join(" > ")}`)).toEqual([]);
});

test("the walk finds a package a client module imports through a local module", () => {
  // The offline review queue (a client module) reaches zod and ts-fsrs through the domain code.
  const packages = clientPackagesOf(path.join(ROOT, "components/flashcards/flashcard-study.tsx"));
  expect(packages.has("zod")).toBe(true);
  expect(packages.has("ts-fsrs")).toBe(true);
});
