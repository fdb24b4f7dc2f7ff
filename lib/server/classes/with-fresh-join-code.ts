import "server-only";
import { randomInt } from "node:crypto";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import { Prisma } from "@/lib/generated/prisma/client";

const TRIES = 5;

/**
 * Runs a write that stores a new join code, with another code if it collides with an
 * existing one (the unique index decides, so two classes created at once cannot share one).
 * With 31^8 codes a retry is rare, five in a row practically impossible. `random` is the
 * generator's integer source (tests pass one that makes codes, and so collisions, certain).
 */
export async function withFreshJoinCode<T>(
  write: (joinCode: string) => Promise<T>,
  random: (maxExclusive: number) => number = (n) => randomInt(n),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode(random));
    } catch (error) {
      const collided =
        error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collided || attempt >= TRIES) throw error;
    }
  }
}
