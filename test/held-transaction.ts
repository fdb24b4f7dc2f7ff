// For race tests: a transaction that does `work` and then stays open until the test commits
// it, so that the other side of the race meets its locks or its uncommitted rows.
import { db } from "@/lib/server/db";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** `isReady` once `work` is done; `commit()` lets it commit; `done` settles after. */
export function heldTransaction(work: (tx: Tx) => Promise<void>) {
  let commit!: () => void;
  let ready!: () => void;
  const mayCommit = new Promise<void>((resolve) => (commit = resolve));
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const done = db.$transaction(
    async (tx) => {
      await work(tx);
      ready();
      await mayCommit;
    },
    { timeout: 20_000 },
  );
  return { isReady, commit, done };
}
