/**
 * The one error invalid content produces. Each issue names the file (relative to the content
 * directory), the field path inside it and what is wrong, so a human editor can go straight
 * to the line: `programmes/pfp.yaml: facts[3].source.paragraph: expected number (line 42)`.
 */
export type IssuePath = ReadonlyArray<string | number>;

export interface ContentIssue {
  file: string;
  path: IssuePath;
  message: string;
  line?: number;
}

export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? ` (line ${issue.line})` : "";
  return `${issue.file}: ${formatIssuePath(issue.path)}: ${issue.message}${where}`;
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ContentError";
    this.issues = issues;
  }
}
