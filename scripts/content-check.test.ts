import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const run = (...args: string[]) =>
  spawnSync(tsx, ["scripts/content-check.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));

afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

test("prints the programme x question-kind table and exits 0 on the real content", () => {
  const result = run();
  expect(result.status, result.stderr).toBe(0);
  const header = result.stdout.split("\n").find((l) => l.startsWith("programme"));
  for (const kind of QUESTION_KINDS) expect(header).toContain(kind);
  expect(header).toContain("flashcards");
  expect(result.stdout).toMatch(/^pfp\s+\|/m);
  expect(result.stdout).toMatch(/^source-only total\s+\|/m);
  expect(result.stdout).toContain("content:check: OK");
}, 60_000);

test("exits 1 naming the file, field path and problem on invalid content", () => {
  const dir = path.join(temp, "content");
  for (const sub of ["programmes", "sources"])
    fs.cpSync(path.join(root, "content", sub), path.join(dir, sub), { recursive: true });
  fs.copyFileSync(path.join(root, "content", "pools.yaml"), path.join(dir, "pools.yaml"));
  const file = path.join(dir, "programmes", "itpp.yaml");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("order: 2\n", "order: second\n"));
  const result = run("--dir", dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^programmes\/itpp\.yaml: order: .*expected number/m);
}, 60_000);
