// The unit project and the main integration project run with `isolate: false`
// (vitest.config.ts): their files share each worker's module cache and globals. That is sound
// only while none of those files changes what a later one could see. This test reads every file
// such a project runs and fails on the ways a file can leak state into the next; a file that
// needs one of them goes to an isolated project (`integration-isolated`), or the setting must go.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import config from "../vitest.config";

const ROOT = path.join(import.meta.dirname, "..");

/** A glob of the kind the config uses (`dir/**\/*.test.ts`, `lib/*.test.ts`) as a RegExp. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) =>
      part === "**/"
        ? "(?:.*/)?"
        : part === "*"
          ? "[^/]*"
          : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`);
}

type Project = { name: string; include: string[]; exclude?: string[]; isolate?: boolean };

const PROJECTS = (config.test?.projects ?? []).map((p) => (p as { test: Project }).test);
const ALL_FILES = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .map((file) => file.split(path.sep).join("/"))
  .filter((file) => !file.startsWith("node_modules/") && !file.startsWith("."));

/** The files a project runs: its include globs, less its exclude list. */
function projectFiles(project: Project): string[] {
  const include = project.include.map(globToRegExp);
  const exclude = (project.exclude ?? []).map(globToRegExp);
  return ALL_FILES.filter(
    (file) => include.some((p) => p.test(file)) && !exclude.some((p) => p.test(file)),
  );
}

/** What a test file may not do when the next file in its worker runs in the same globals. */
const LEAKS: [string, RegExp][] = [
  ["stubs a global or the environment", /\bvi\.(stubGlobal|stubEnv)\(/],
  ["fakes timers or the clock", /\bvi\.(useFakeTimers|setSystemTime)\(/],
  ["mocks a module in the middle of a run", /\bvi\.doMock\(/],
  ["resets the module cache", /\bvi\.resetModules\(/],
  ["listens on the process", /\bprocess\.(on|once|addListener)\(/],
  ["sets the environment", /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=(?!=)|delete\s+process\.env/],
  ["sets a global", /\bglobalThis(\.\w+|\[[^\]]+\])\s*=(?!=)/],
];

/**
 * Module mocks that are safe shared: no other unit file loads the module (a mock registered by
 * one file could otherwise replace it for the next, or be ignored if it was loaded first).
 */
const SHARED_MOCKS: Record<string, string[]> = {
  "components/progress/progress-size.test.ts": ["next/navigation"],
};

test("the projects without isolation are the unit and main integration ones", () => {
  const shared = PROJECTS.filter((p) => p.isolate === false).map((p) => p.name);
  expect(shared).toEqual(["unit", "integration"]);
  // Every integration file runs in one of the two integration projects, and only one.
  const integration = PROJECTS.filter((p) => p.name.startsWith("integration"));
  const runs = integration.flatMap(projectFiles);
  expect(new Set(runs).size).toBe(runs.length);
  expect(runs).toContain("lib/server/classes/routes.test.ts");
  expect(runs).toContain("lib/server/disconnect.test.ts");
});

test.each(PROJECTS.filter((p) => p.isolate === false).map((p) => [p.name, p]))(
  "no file of the %s project leaves state behind for the next file in its worker",
  (_name, project) => {
    const files = projectFiles(project as Project);
    expect(files.length).toBeGreaterThan(50);
    const texts = new Map(files.map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]));
    const problems: string[] = [];
    for (const [file, text] of texts) {
      for (const [what, pattern] of LEAKS) if (pattern.test(text)) problems.push(`${file} ${what}`);
      for (const [, mod] of text.matchAll(/\bvi\.mock\(\s*["'`]([^"'`]+)["'`]/g)) {
        if (!SHARED_MOCKS[file]?.includes(mod!)) problems.push(`${file} mocks ${mod}`);
      }
    }
    // Only direct imports are looked for: a unit file that renders a component using the App
    // Router needs a mock of next/navigation of its own, which the check above refuses.
    const imports = (text: string, mod: string) =>
      [`from "${mod}"`, `import "${mod}"`, `import("${mod}")`].some((form) => text.includes(form));
    for (const [owner, modules] of Object.entries(SHARED_MOCKS))
      for (const mod of modules)
        for (const [file, text] of texts)
          if (file !== owner && imports(text, mod))
            problems.push(`${file} loads ${mod}, which ${owner} mocks`);
    expect(problems).toEqual([]);
  },
);
