// The short summary `npm run test:mutation` prints after Stryker's own table: the score per
// folder, from the JSON report (mutation-testing-report-schema). Score as Stryker counts it:
// (killed + timed out) / (killed + timed out + survived + no coverage); mutants that did not
// compile or were ignored do not count.
export type MutationReport = {
  files: Record<string, { mutants: { status: string }[] }>;
};

type Tally = {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
};

const empty = (): Tally => ({ killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0 });

function add(tally: Tally, status: string) {
  if (status === "Killed") tally.killed++;
  else if (status === "Timeout") tally.timeout++;
  else if (status === "Survived") tally.survived++;
  else if (status === "NoCoverage") tally.noCoverage++;
  else if (status === "Ignored") tally.ignored++;
}

export function mutationScore(t: Tally): number | null {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? null : (100 * (t.killed + t.timeout)) / valid;
}

function row(name: string, t: Tally): string {
  const score = mutationScore(t);
  const percent = score === null ? "   n/a" : `${score.toFixed(1).padStart(5)}%`;
  const counts = [t.killed + t.timeout, t.survived, t.noCoverage, t.ignored].map((n) =>
    String(n).padStart(6),
  );
  return `${percent} ${counts.join(" ")}  ${name}`;
}

/** One line per folder, then the total: score, detected, survived, not covered, ignored. */
export function summarizeMutationReport(report: MutationReport): string {
  const folders = new Map<string, Tally>();
  const total = empty();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = path(file);
    const tally = folders.get(folder) ?? empty();
    for (const { status } of mutants) {
      add(tally, status);
      add(total, status);
    }
    folders.set(folder, tally);
  }
  const lines = [
    "score: detected / (detected + survived + not covered); ignored: reached only while loading",
    ` score detect  survi  nocov ignore  folder`,
  ];
  for (const folder of [...folders.keys()].sort()) lines.push(row(folder, folders.get(folder)!));
  lines.push(row("all", total));
  return lines.join("\n");
}

function path(file: string): string {
  const slash = file.replaceAll("\\", "/").lastIndexOf("/");
  return slash === -1 ? "." : file.replaceAll("\\", "/").slice(0, slash);
}
