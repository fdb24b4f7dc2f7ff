// One place that knows how to build a Prisma client for this project: the WASM query
// compiler with the pg driver adapter (no engine binary). Used by the server's singleton,
// the seed and the tests, each with its own connection string.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
