import { db } from "@/lib/server/db";
import { uniqueEmail } from "./unique";

/** A user row for server tests (no password: these tests do not sign in). */
export async function makeUser(label = "user", role: "LEARNER" | "INSTRUCTOR" = "LEARNER") {
  return db.user.create({
    data: { email: uniqueEmail(label), name: label, role },
    select: { id: true, email: true },
  });
}
