import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A class's members by name (ties by id), each with what `learnerIdentities` needs to show a
 * learner who deleted their account as "Deleted learner N".
 */
export const membersByName = {
  orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  select: { userId: true, user: { select: { name: true, email: true, deletedAt: true } } },
} satisfies Prisma.Class$membersArgs;
