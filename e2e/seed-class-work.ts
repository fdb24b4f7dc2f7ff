import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type SeededClassWork = {
  classId: string;
  pastAssignmentId: string;
  openAssignmentId: string;
  learners: { late: string; low: string; strong: string };
};

/**
 * Gives the instructor a class with a week of history through the seed helper
 * (prisma/seed-class-work.ts) in the end-to-end database: late work (Ben), a low score (Cy,
 * 20%), a good one (Ada, 80%) and an open assignment Ada has done. Learners are "<name> <tag>".
 */
export async function seedClassWork(
  email: string,
  className: string,
  tag: string,
): Promise<SeededClassWork> {
  const script = "prisma/seed-class-work.ts";
  const { stdout } = await run(
    "npx",
    ["tsx", "--conditions=react-server", script, email, className, tag],
    { env: process.env },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!) as SeededClassWork;
}
