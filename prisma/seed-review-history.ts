// Gives one learner a simulated year of flashcard reviews (see
// lib/server/seed/seed-review-history.ts), e.g. to try "Optimise now" in /settings.
// Run with: npx tsx --conditions=react-server prisma/seed-review-history.ts <email> [days] [seed]
// (the seed makes the simulated history, and so the optimiser's verdict, repeatable).
import { seedReviewHistory } from "@/lib/server/seed/seed-review-history";
import { db, disconnectDatabase } from "@/lib/server/db";

async function main() {
  const [email, days, seed] = process.argv.slice(2);
  if (!email) throw new Error("Usage: prisma/seed-review-history.ts <email> [days] [seed]");
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) throw new Error(`No account with the email ${email}.`);
  const seeded = await seedReviewHistory(user.id, {
    days: days ? Number(days) : undefined,
    seed: seed || undefined,
  });
  console.log(`  ${email}: ${seeded.reviews} reviews of ${seeded.cards} cards`);
}

main()
  .then(disconnectDatabase)
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnectDatabase();
    process.exit(1);
  });
