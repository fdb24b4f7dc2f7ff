// `npm run format:check`, second half: Prettier wraps code at 100 columns but leaves long
// strings, comments and prose alone, so this checks that no line of ours is wider.
// Exempt: generated files (lockfile, migrations), the source document, Markdown table rows,
// one-line imports (a module path cannot be broken) and lines holding a URL.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const MAX_WIDTH = 100;

const EXEMPT_FILES = [
  /^package-lock\.json$/,
  /^prisma\/migrations\//,
  /^content\/sources\/.*\.txt$/,
];
const CHECKED = /\.(ts|tsx|mts|mjs|js|cjs|css|json|ya?ml|md|sql|sh)$|^\.ci\/run$/;

function isExemptLine(file: string, line: string): boolean {
  if (file.endsWith(".md") && line.trimStart().startsWith("|")) return true;
  if (/^import .* from "[^"]+";$/.test(line)) return true;
  return /https?:\/\//.test(line);
}

/** Lines wider than MAX_WIDTH in one file's text, as "file:line: width". */
export function findWideLines(file: string, text: string): string[] {
  if (EXEMPT_FILES.some((pattern) => pattern.test(file))) return [];
  const wide: string[] = [];
  text.split("\n").forEach((line, index) => {
    const width = [...line].length;
    if (width > MAX_WIDTH && !isExemptLine(file, line)) {
      wide.push(`${file}:${index + 1}: ${width} columns`);
    }
  });
  return wide;
}

function main() {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((file) => CHECKED.test(file));
  const wide = files.flatMap((file) => {
    try {
      return findWideLines(file, readFileSync(file, "utf8"));
    } catch {
      return []; // listed by git but deleted in the working tree
    }
  });
  if (wide.length) {
    console.error(`${wide.length} lines are wider than ${MAX_WIDTH} columns:`);
    for (const line of wide) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`line width: all ${files.length} files within ${MAX_WIDTH} columns`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
