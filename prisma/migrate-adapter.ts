// Driver-adapter factory for Prisma Migrate's WASM schema engine (prisma.config.ts, engine "js").
// The stock PrismaPg factory (6.19.x) needs three corrections when Migrate drives it:
//  1. pg_catalog column types ("char", name, regproc, ...) cannot be deserialized
//     (prisma/prisma#27403): relabel them as text / text[];
//  2. executeScript splits SQL on ";" (breaks $$ bodies and is not atomic): send the
//     migration as one simple-protocol query instead;
//  3. with a connection string the shadow database name is ignored, so shadow work would run
//     on the main database: create and drop a throw-away shadow database ourselves.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const RELABEL: Record<number, number> = {
  18: TEXT_OID,
  19: TEXT_OID,
  22: TEXT_OID,
  24: TEXT_OID,
  28: TEXT_OID,
  30: TEXT_OID,
  194: TEXT_OID,
  2205: TEXT_OID,
  2206: TEXT_OID,
  1003: TEXT_ARRAY_OID,
};

type Field = { dataTypeID: number };
// The adapter's queryable has no public type for these internals; we only touch the three
// members listed above.
type Patchable = {
  performIO: (query: unknown) => Promise<{ fields?: Field[] } | undefined>;
  executeScript: (script: string) => Promise<void>;
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
};

function patch<T>(queryable: T): T {
  const q = queryable as unknown as Patchable;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      const relabelled = RELABEL[field.dataTypeID];
      if (relabelled !== undefined) field.dataTypeID = relabelled;
    }
    return result;
  };
  q.executeScript = async (script) => {
    try {
      await q.client.query(script);
    } catch (error) {
      q.onError(error);
    }
  };
  if (typeof q.startTransaction === "function") {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patch(await start(...args));
  }
  return queryable;
}

export function createMigrationAdapter(url: string, shadowUrl?: string) {
  // allowExitOnIdle: pg keeps an idle pooled connection open for 10 s (idleTimeoutMillis),
  // which held `prisma migrate deploy` for that long after "No pending migrations".
  const main = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: async () => patch(await main.connect()),
    async connectToShadowDb() {
      if (shadowUrl)
        return patch(
          await new PrismaPg({ connectionString: shadowUrl, allowExitOnIdle: true }).connect(),
        );
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const shadow = patch(
        await new PrismaPg({ connectionString: u.toString(), allowExitOnIdle: true }).connect(),
      );
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}
