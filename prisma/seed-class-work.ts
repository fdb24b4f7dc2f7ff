// Gives an instructor a class with a week of history (see lib/server/seed/seed-class-work.ts):
// late work, a low score and an open assignment, e.g. to look at the instructor's home page.
// Run with: npx tsx --conditions=react-server prisma/seed-class-work.ts <email> <class> <tag>
import { seedClassWork } from "@/lib/server/seed/seed-class-work";
import { db, disconnectDatabase } from "@/lib/server/db";

async function main() {
  const [email, className, tag] = process.argv.slice(2);
  if (!email || !className || !tag)
    throw new Error("Usage: prisma/seed-class-work.ts <email> <class name> <learner tag>");
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || user.role !== "INSTRUCTOR")
    throw new Error(`No instructor with the email ${email}.`);
  const seeded = await seedClassWork(user.id, { className, tag });
  console.log(JSON.stringify(seeded));
}

main()
  .then(disconnectDatabase)
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnectDatabase();
    process.exit(1);
  });
