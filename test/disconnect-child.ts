// Run by lib/server/disconnect.test.ts in a child process, as the seed scripts run: uses the
// database through Prisma and the hand-written SQL, then (with "disconnect") lets go of it the
// way the scripts do, and prints what still keeps the process alive.
import { Prisma } from "@/lib/generated/prisma/client";
import { db, disconnectDatabase } from "@/lib/server/db";
import { sqlQuery } from "@/lib/server/sql";

async function main() {
  await db.user.count();
  await sqlQuery(Prisma.sql`SELECT 1 AS one`);
  if (process.argv[2] === "disconnect") await disconnectDatabase();
  else await db.$disconnect();
  // A socket being closed is listed until it has closed: look a moment later, long before
  // pg's 10 s idle timeout would close an idle connection by itself.
  setTimeout(() => console.log(JSON.stringify(process.getActiveResourcesInfo())), 500);
}

void main();
