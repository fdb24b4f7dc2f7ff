/** The server's sql.js loader: finds its WebAssembly, loads once, and builds a readable .apkg. */
import { unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { buildAnkiPackageOnServer, getSqlEngine } from "./sql-engine";

describe("sql.js on the server", () => {
  test("loads once and builds an Anki package whose notes can be read back", async () => {
    const sql = await getSqlEngine();
    expect(await getSqlEngine()).toBe(sql);
    const apkg = await buildAnkiPackageOnServer(
      [
        { id: "a", front: "PfP", back: "Partnership for Peace" },
        { id: "b", front: "EAPC", back: "Euro-Atlantic Partnership Council" },
      ],
      { deckName: "Acronyms", now: new Date("2026-01-01T00:00:00Z") },
    );
    const db = new sql.Database(unzipSync(apkg)["collection.anki2"]);
    const fronts = db.exec("SELECT sfld FROM notes ORDER BY id")[0]?.values.map((r) => r[0]);
    db.close();
    expect(fronts).toEqual(["PfP", "EAPC"]);
  });
});
