import { exportDeck } from "@/lib/server/interop/export-study-files";
import { withUserFile } from "@/lib/server/interop/file-route";

/** A deck ("all", a programme, or "mine": the decks one studies) as ?format=apkg|tsv|csv. */
export const GET = withUserFile<{ deckId: string }>((user, format, { deckId }) =>
  exportDeck(user, deckId, format),
);
