import "server-only";
import type { PrismaClient } from "@/prisma/client";
import { seedDemoClass, type SeededDemoClass } from "./seed-class-work";
import { DEFAULT_DEMO_PASSWORD, seedDemoAccounts } from "./seed-demo-accounts";

/**
 * The demo: its two accounts (brought back to their documented state on every start) and, when
 * the demo instructor is created, the demo class with its learners' results. Only then: a class
 * the instructor archived or changed stays as they left it, and no start adds a second one.
 */
export async function seedDemo(db: PrismaClient, password = DEFAULT_DEMO_PASSWORD) {
  const accounts = await seedDemoAccounts(db, password);
  const instructor = accounts.find((a) => a.email === "instructor@example.com");
  let demoClass: SeededDemoClass | null = null;
  if (instructor?.created) demoClass = await seedDemoClass(instructor.id);
  return { accounts, demoClass };
}
