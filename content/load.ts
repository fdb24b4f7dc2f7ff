/**
 * Reads and validates the whole content directory (node fs + yaml + zod, synchronous):
 * sources/index.yaml, the source documents it lists, pools.yaml and programmes/*.yaml.
 * Every problem in every file is collected before throwing one ContentError, so an editor
 * sees all of them at once. The pack version is a SHA-256 of every file read, so anything
 * derived from the content (question banks, stored answers) can tell which content it saw.
 * No `server-only` here: scripts, tests and the server all load content through this file.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { ContentError, type ContentIssue } from "./content-error";
import {
  PoolsFileSchema,
  ProgrammeSchema,
  SourcesFileSchema,
  type ContentPack,
  type DocumentSource,
  type Programme,
  type Source,
} from "./schema";
import { splitParagraphs } from "./source-text";
import { validatePack, type ProgrammeFile } from "./validate-pack";

export { ContentError } from "./content-error";

const SOURCES_FILE = "sources/index.yaml";
const POOLS_FILE = "pools.yaml";
const PROGRAMMES_DIR = "programmes";

interface ParsedFile {
  rel: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

function lineOf(
  parsed: ParsedFile | undefined,
  issuePath: ReadonlyArray<string | number>,
): number | undefined {
  if (!parsed) return undefined;
  // Walk up until a node exists: a missing field is reported at its parent's line.
  for (let depth = issuePath.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(issuePath.slice(0, depth), true);
    if (isNode(node) && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function readText(
  dir: string,
  rel: string,
  issues: ContentIssue[],
  hash: ReturnType<typeof createHash>,
): string | undefined {
  try {
    const text = fs.readFileSync(path.join(dir, rel), "utf8");
    hash.update(rel).update("\0").update(text).update("\0");
    return text;
  } catch (error) {
    issues.push({
      file: rel,
      path: [],
      message: `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    });
    return undefined;
  }
}

function parseYaml<S extends z.ZodType>(
  rel: string,
  text: string,
  schema: S,
  issues: ContentIssue[],
): { data: z.output<S>; parsed: ParsedFile } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      issues.push({
        file: rel,
        path: [],
        message: `YAML syntax error: ${error.message.split("\n")[0]}`,
        line: error.linePos?.[0].line,
      });
    return undefined;
  }
  const parsed: ParsedFile = { rel, doc, lines };
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((k): k is string | number => typeof k !== "symbol");
      issues.push({
        file: rel,
        path: issuePath,
        message: issue.message,
        line: lineOf(parsed, issuePath),
      });
    }
    return undefined;
  }
  return { data: result.data, parsed };
}

export function loadContent(dir: string = path.join(process.cwd(), "content")): ContentPack {
  const issues: ContentIssue[] = [];
  const hash = createHash("sha256");

  const sourcesText = readText(dir, SOURCES_FILE, issues, hash);
  const sourcesFile =
    sourcesText === undefined
      ? undefined
      : parseYaml(SOURCES_FILE, sourcesText, SourcesFileSchema, issues);
  const sources: Source[] = [];
  sourcesFile?.data.sources.forEach((entry, i) => {
    if (entry.kind === "reference") {
      sources.push(entry);
      return;
    }
    const text = readText(dir, entry.path, [], hash);
    if (text === undefined) {
      issues.push({
        file: SOURCES_FILE,
        path: ["sources", i, "path"],
        message: `cannot read ${entry.path}`,
        line: lineOf(sourcesFile.parsed, ["sources", i, "path"]),
      });
      return;
    }
    const doc: DocumentSource = { ...entry, paragraphs: splitParagraphs(text) };
    sources.push(doc);
  });

  const poolsText = readText(dir, POOLS_FILE, issues, hash);
  const poolsFile =
    poolsText === undefined ? undefined : parseYaml(POOLS_FILE, poolsText, PoolsFileSchema, issues);

  let programmeFiles: string[] = [];
  try {
    programmeFiles = fs
      .readdirSync(path.join(dir, PROGRAMMES_DIR))
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort();
  } catch {
    issues.push({ file: PROGRAMMES_DIR, path: [], message: "missing programmes directory" });
  }
  if (programmeFiles.length === 0 && issues.length === 0)
    issues.push({ file: PROGRAMMES_DIR, path: [], message: "no programme files (*.yaml)" });

  const programmes: ProgrammeFile[] = [];
  const parsedByFile = new Map<string, ParsedFile>();
  for (const name of programmeFiles) {
    const rel = `${PROGRAMMES_DIR}/${name}`;
    const text = readText(dir, rel, issues, hash);
    if (text === undefined) continue;
    const result = parseYaml(rel, text, ProgrammeSchema, issues);
    if (!result) continue;
    parsedByFile.set(rel, result.parsed);
    programmes.push({ file: rel, programme: result.data });
  }

  if (issues.length > 0) throw new ContentError(issues);

  const crossIssues = validatePack({
    sourcesFile: SOURCES_FILE,
    poolsFile: POOLS_FILE,
    sources,
    pools: poolsFile?.data.pools ?? [],
    programmes,
  }).map((issue) => ({
    ...issue,
    line:
      issue.line ??
      lineOf(
        parsedByFile.get(issue.file) ??
          (issue.file === POOLS_FILE ? poolsFile?.parsed : sourcesFile?.parsed),
        issue.path,
      ),
  }));
  if (crossIssues.length > 0) throw new ContentError(crossIssues);

  const sorted: Programme[] = programmes
    .map((p) => p.programme)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version: hash.digest("hex").slice(0, 16),
    sources,
    programmes: sorted,
    pools: poolsFile?.data.pools ?? [],
  };
}
