import "server-only";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { z } from "zod";
import { parseJsonColumn } from "@/lib/server/json-column";
import { Prisma } from "@/lib/generated/prisma/client";
import { epochMs } from "@/lib/server/sql";

/**
 * The part of the stored settings that says what was covered. Read on its own: a retry's
 * settings hold its own count, which may be below a new quiz's minimum.
 */
const coveredSettingsSchema = z.object({
  programmeIds: z.array(z.string()).default([]),
  weakQuestions: z.boolean().default(false),
  harder: z.boolean().default(false),
});

/** The columns of an attempt that say what it covered. */
export const coverageSelect = {
  id: true,
  mode: true,
  settings: true,
  questionIds: true,
  retryOfId: true,
  assignment: { select: { set: { select: { name: true } } } },
} as const;

type CoverageRow = {
  id: string;
  mode: string;
  settings: unknown;
  questionIds: string[];
  retryOfId: string | null;
  assignment: { set: { name: string } } | null;
};

/**
 * What an attempt covered, for its name: programmes as the learner knows them (the full
 * name of a single one, acronyms when several), or the instructor's set for assignment work.
 */
export function attemptCoverage(row: CoverageRow): AttemptCoverage {
  const settings = parseJsonColumn(coveredSettingsSchema, row.settings, {
    table: "QuizAttempt",
    rowId: row.id,
    column: "settings",
  });
  const { index } = getContentCatalog();
  const programmes = settings.programmeIds.map((id) => index.programmeById.get(id));
  const single = programmes.length === 1;
  return {
    mode: row.mode === "EXAM" ? "exam" : "practice",
    programmes: programmes.map((p, i) =>
      p ? (single ? p.name : (p.acronym ?? p.name)) : settings.programmeIds[i]!,
    ),
    setName: row.assignment?.set.name ?? null,
    weakQuestions: settings.weakQuestions,
    harder: settings.harder,
    retryOf: row.retryOfId ? row.questionIds.length : null,
  };
}

/**
 * An attempt as ATTEMPT_SUMMARY reads it (start in epoch milliseconds), for a JSON column of a
 * hand-written read (the quiz list, home's quiz to continue).
 */
export type AttemptSummaryJson = Omit<CoverageRow, "assignment"> & {
  setName: string | null;
  startedAt: number;
  answered: number;
};

/** Attempt `q` with what covers it (its set's name) and its answer count, for ATTEMPTS_FROM. */
export const ATTEMPT_SUMMARY = Prisma.sql`q.id, q.mode::text AS mode, q.settings,
  q."questionIds", q."retryOfId", s.name AS "setName",
  ${epochMs(Prisma.sql`q."startedAt"`)} AS "startedAt",
  (SELECT COUNT(*)::int FROM "QuizResponse" r WHERE r."attemptId" = q.id) AS answered`;

/** The attempts `q`, with the set `s` of the assignment each belongs to, if any. */
export const ATTEMPTS_FROM = Prisma.sql`"QuizAttempt" q
  LEFT JOIN "Assignment" asg ON asg.id = q."assignmentId"
  LEFT JOIN "StudySet" s ON s.id = asg."setId"`;

/** attemptCoverage for an attempt read by hand, with its set's name as a column of its own. */
export function coverageOfRow(
  row: Omit<CoverageRow, "assignment"> & { setName: string | null },
): AttemptCoverage {
  return attemptCoverage({
    ...row,
    assignment: row.setName === null ? null : { set: { name: row.setName } },
  });
}
