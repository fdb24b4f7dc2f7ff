import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { ContentError, loadContent } from "./load";

const CONTENT_DIR = path.join(__dirname);
const tempDirs: string[] = [];

/** A copy of the real content directory (yaml + sources) that a test may break. */
function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  tempDirs.push(dir);
  for (const sub of ["programmes", "sources"])
    fs.cpSync(path.join(CONTENT_DIR, sub), path.join(dir, sub), { recursive: true });
  fs.copyFileSync(path.join(CONTENT_DIR, "pools.yaml"), path.join(dir, "pools.yaml"));
  return dir;
}

function edit(dir: string, rel: string, change: (text: string) => string): void {
  const file = path.join(dir, rel);
  const before = fs.readFileSync(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`edit of ${rel} changed nothing`);
  fs.writeFileSync(file, after);
}

function loadError(dir: string): ContentError {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError");
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadContent on the real content", () => {
  test("loads every programme with facts and a version", () => {
    const pack = loadContent();
    expect(pack.programmes.length).toBeGreaterThan(0);
    expect(pack.programmes.every((p) => p.facts.length > 0)).toBe(true);
    expect(pack.version).toMatch(/^[0-9a-f]{16}$/);
  });

  test("the six topics of the issue are top-level programmes", () => {
    const pack = loadContent();
    const topLevel = new Set(pack.programmes.filter((p) => !p.parent).map((p) => p.id));
    for (const id of [
      "pfp",
      "itpp",
      "operational-partnerships",
      "dialogues",
      "non-member-consultations",
      "flexibility",
    ])
      expect(topLevel.has(id), id).toBe(true);
  });

  test("the version is stable and changes with any content edit", () => {
    const dir = copyContent();
    const first = loadContent(dir).version;
    expect(loadContent(dir).version).toBe(first);
    edit(dir, "programmes/pfp.yaml", (t) =>
      t.replace(
        "NATO established the Partnership for Peace in 1994.",
        "NATO established the Partnership for Peace in 1994 (edited).",
      ),
    );
    expect(loadContent(dir).version).not.toBe(first);
  });
});

describe("loadContent reports invalid content with file, field path and problem", () => {
  test.each<[string, string, (t: string) => string, RegExp]>([
    [
      "a paragraph that is not a number",
      "programmes/pfp.yaml",
      (t) =>
        t.replace(
          "paragraph: 3, sentences: [1] }\n    note",
          'paragraph: "three", sentences: [1] }\n    note',
        ),
      /^programmes\/pfp\.yaml: facts\[0\]\.source\.paragraph: .*expected number.*\(line \d+\)$/m,
    ],
    [
      "an unknown field (typo)",
      "programmes/itpp.yaml",
      (t) => t.replace("    difficulty: 1", "    dificulty: 1"),
      /^programmes\/itpp\.yaml: facts\[0\]: Unrecognized key: "dificulty"/m,
    ],
    [
      "a YAML syntax error",
      "programmes/dialogues.yaml",
      (t) => t.replace("aliases:\n", "aliases: [unclosed\n"),
      /^programmes\/dialogues\.yaml: \(root\): YAML syntax error/m,
    ],
    [
      "a paragraph that does not exist in the source",
      "programmes/flexibility.yaml",
      (t) => t.replace("paragraph: 16,", "paragraph: 99,"),
      /^programmes\/flexibility\.yaml: facts\[4\]\.source\.paragraph: paragraph 99 does not exist/m,
    ],
    [
      "a sentence that does not exist",
      "programmes/flexibility.yaml",
      (t) => t.replace("paragraph: 16, sentences: [1]", "paragraph: 16, sentences: [4]"),
      new RegExp(
        "^programmes/flexibility\\.yaml: facts\\[4\\]\\.source\\.sentences\\[0\\]: " +
          "sentence 4 does not exist",
        "m",
      ),
    ],
    [
      "a list item pointing at an unknown fact",
      "programmes/pfp.yaml",
      (t) => t.replace("fact: pfp-area-peacekeeping }", "fact: pfp-area-nowhere }"),
      /^programmes\/pfp\.yaml: areas\.items\[1\]\.fact: unknown fact id "pfp-area-nowhere"/m,
    ],
    [
      "a beyond-source fact citing the source document",
      "programmes/pfp.yaml",
      (t) =>
        t.replace(
          "source: { id: nato-enlargement }",
          'source: { id: "000_4380da563541a383", paragraph: 3, sentences: [1] }',
        ),
      new RegExp(
        "^programmes/pfp\\.yaml: facts\\[\\d+\\]\\.source\\.id: " +
          "a beyond-source fact must cite its own reference",
        "m",
      ),
    ],
    [
      "a clue that names its own programme",
      "programmes/non-member-consultations.yaml",
      (t) =>
        t.replace(
          "Involves states that have no formal bilateral programme",
          "Consultations: involves states that have no formal bilateral programme",
        ),
      new RegExp(
        "^programmes/non-member-consultations\\.yaml: facts\\[0\\]\\.clue: " +
          'the clue must not name the programme \\("Consultations"\\)',
        "m",
      ),
    ],
    [
      "a definition that names its own programme",
      "programmes/flexibility.yaml",
      (t) =>
        t.replace(
          "The capacity of NATO's partnership programmes to evolve",
          "Flexibility and adaptability: NATO's partnership programmes' capacity to evolve",
        ),
      new RegExp(
        "^programmes/flexibility\\.yaml: definition\\.text: " +
          'the definition must not name the programme \\("Flexibility and adaptability"\\)',
        "m",
      ),
    ],
    [
      "a definition resting on an unknown fact",
      "programmes/flexibility.yaml",
      (t) => t.replace("fact: flex-security-landscape\n\n", "fact: flex-nowhere\n\n"),
      new RegExp(
        "^programmes/flexibility\\.yaml: definition\\.fact: " +
          'unknown fact id "flex-nowhere" \\(must be one of this file\'s facts\\)',
        "m",
      ),
    ],
    [
      "a pool value that is also a correct answer",
      "pools.yaml",
      (t) => t.replace("values: [Austria,", "values: [Ghana, Austria,"),
      new RegExp(
        "^programmes/non-member-consultations\\.yaml: participants\\.pools: " +
          'pool value "Ghana" is also a correct answer',
        "m",
      ),
    ],
    [
      "a cloze without a blank",
      "programmes/non-member-consultations.yaml",
      (t) => t.replace("NATO's ___ with", "NATO's consultations with"),
      /^programmes\/non-member-consultations\.yaml: facts\[3\]\.cloze\.text: must contain exactly/m,
    ],
    [
      "a matching column named by a question phrase",
      "programmes/dialogues.yaml",
      (t) => t.replace("rightLabel: Benefit", "rightLabel: What it offers"),
      /^programmes\/dialogues\.yaml: comparisons\[\d+\]\.pairs\.rightLabel: must be a noun/m,
    ],
    [
      "a file whose id does not match its name",
      "programmes/itpp.yaml",
      (t) => t.replace("id: itpp\n", "id: itpps\n"),
      /^programmes\/itpp\.yaml: id: id "itpps" must match the file name/m,
    ],
  ])("%s", (_name, file, change, expected) => {
    const dir = copyContent();
    edit(dir, file, change);
    const error = loadError(dir);
    expect(error.message).toMatch(expected);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  test("reports every broken file, not only the first", () => {
    const dir = copyContent();
    edit(dir, "programmes/pfp.yaml", (t) => t.replace("order: 1\n", "order: first\n"));
    edit(dir, "programmes/itpp.yaml", (t) => t.replace("order: 2\n", "order: second\n"));
    const error = loadError(dir);
    expect(error.message).toMatch(/^programmes\/pfp\.yaml: order: /m);
    expect(error.message).toMatch(/^programmes\/itpp\.yaml: order: /m);
  });

  test("a missing source file is named", () => {
    const dir = copyContent();
    fs.rmSync(path.join(dir, "sources", "000_4380da563541a383.txt"));
    expect(loadError(dir).message).toMatch(
      /^sources\/index\.yaml: sources\[0\]\.path: cannot read/m,
    );
  });
});
