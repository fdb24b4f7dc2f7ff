import "server-only";
import initSqlJs, { type SqlJsStatic } from "sql.js";
import { buildAnkiPackage, type AnkiCard } from "@/lib/domain/interop/anki-package";

/**
 * sql.js (SQLite compiled to WebAssembly) for the Anki package writer. Loaded once per server
 * process: in Node, sql.js reads its sql-wasm.wasm from its own package folder, which is why
 * next.config lists sql.js in serverExternalPackages (bundled, it would look in the wrong
 * folder). No native build is involved.
 */
let engine: Promise<SqlJsStatic> | null = null;

export function getSqlEngine(): Promise<SqlJsStatic> {
  engine ??= initSqlJs().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** An .apkg of the cards, named deck `deckName`, timed `now`. */
export async function buildAnkiPackageOnServer(
  cards: readonly AnkiCard[],
  options: { deckName: string; now: Date },
): Promise<Uint8Array> {
  return buildAnkiPackage(cards, { ...options, sql: await getSqlEngine() });
}
