/**
 * npm run reset-link -- name@example.org — prints a one-time link (60 minutes) to choose a new
 * password for that account, for whoever runs a server that sends no email (no SMTP_URL) to
 * pass on to the account's owner. Uses DATABASE_URL and NEXTAUTH_URL as the app does.
 */
import { env } from "@/lib/env";
import { makeResetLink, RESET_LINK_MINUTES } from "@/lib/server/auth/password-reset";
import { disconnectDatabase } from "@/lib/server/db";

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error("usage: npm run reset-link -- name@example.org");
    return 2;
  }
  if (!env.DATABASE_URL) {
    console.error("DATABASE_URL is not set: point it at the app's database.");
    return 2;
  }
  try {
    const link = await makeResetLink(email);
    if (!link) {
      console.error(`No account uses ${email}.`);
      return 1;
    }
    console.log(`A link for ${email}, which works once, for ${RESET_LINK_MINUTES} minutes:`);
    console.log(link);
    return 0;
  } finally {
    await disconnectDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
