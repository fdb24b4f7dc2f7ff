import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Gives the account a simulated year of flashcard reviews through the seed helper
 * (prisma/seed-review-history.ts), in the end-to-end database (DATABASE_URL).
 */
export async function seedReviewHistory(email: string): Promise<void> {
  await run("npx", ["tsx", "--conditions=react-server", "prisma/seed-review-history.ts", email], {
    env: process.env,
  });
}
