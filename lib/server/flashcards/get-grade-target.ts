import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import {
  SETTINGS_COLUMNS,
  SETTINGS_FROM,
  toStudySettings,
  type SettingsRow,
  type StudySettings,
} from "./get-study-session";

/** How a card an instructor wrote is named in study: "custom:<its row id>". */
export const WRITTEN = "custom:";

/**
 * The deck a card of the learner's belongs to, as a scalar subquery (null when the learner may
 * not grade it): a content card of a deck they study (or of "all"), or a card an instructor
 * wrote into a flashcard set assigned, and open by `now`, to a class they are a member of that
 * is not archived (the rule of getWrittenCards). Null too for an id that is neither.
 */
function deckOfCard(userId: string, cardId: string, now: Date): Prisma.Sql | null {
  if (cardId.startsWith(WRITTEN)) {
    const id = cardId.slice(WRITTEN.length);
    return Prisma.sql`(SELECT 'set-' || c."setId" FROM "CustomCard" c
      JOIN "StudySet" s ON s.id = c."setId" AND s.kind = 'FLASHCARDS'
      WHERE c.id = ${id} AND EXISTS (
        SELECT 1 FROM "Assignment" a
        JOIN "Class" k ON k.id = a."classId" AND k."archivedAt" IS NULL
        JOIN "ClassMember" m ON m."classId" = k.id AND m."userId" = ${userId}
        WHERE a."setId" = c."setId" AND a."opensAt" <= ${now}))`;
  }
  const card = getContentCatalog().flashcardById.get(cardId);
  if (!card) return null;
  return Prisma.sql`(SELECT ${card.deckId}::text FROM "DeckSubscription" d
    WHERE d."userId" = ${userId} AND d."deckId" IN (${card.deckId}, ${ALL_DECKS}) LIMIT 1)`;
}

/**
 * What a grade that needs no next card must know before it writes, in one statement: the
 * learner's scheduling settings, and the card's deck if the card is theirs to grade (in the
 * decks they study or written into a set assigned to them; see deckOfCard). Null when it is
 * not. The full reply reads the decks and written cards anyway to build the next card.
 */
export async function getGradeTarget(
  userId: string,
  cardId: string,
  now: Date,
): Promise<{ settings: StudySettings; deckId: string } | null> {
  const deck = deckOfCard(userId, cardId, now);
  if (!deck) return null;
  const [row] = await sqlQuery<SettingsRow & { deckId: string | null }>(Prisma.sql`
    SELECT ${SETTINGS_COLUMNS}, ${deck} AS "deckId"
    FROM ${SETTINGS_FROM} WHERE u.id = ${userId}`);
  if (!row?.deckId) return null;
  const { deckId, ...settings } = row;
  return { settings: toStudySettings(settings), deckId };
}
