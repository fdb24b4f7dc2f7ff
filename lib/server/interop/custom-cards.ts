import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPORT_LIMITS } from "@/lib/domain/interop/limits";
import { cardIdentity, findSameItem } from "@/lib/domain/interop/same-item";
import { truncateText } from "@/lib/domain/interop/text";
import { customCardSchema } from "@/lib/schemas/custom-questions";
import { SET_NOT_FOUND, isInstructor, type Caller } from "@/lib/server/classes/caller";
import { lockOwnSet } from "@/lib/server/classes/lock-own-set";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/service-result";

/**
 * Cards an instructor writes into a flashcard set, stored like imported ones (CustomCard).
 * Learners study them as `custom:<row id>` (see get-study-session.ts), so an edit keeps each
 * learner's schedule for the card (a corrected wording is still the same card, as in Anki),
 * and a deleted card leaves study; its past reviews stay in the learner's history.
 */
export const CUSTOM_CARD_NOT_FOUND = "Card not found.";

export type CustomCardRow = { id: string; front: string; back: string; source: string | null };

function invalid(error: z.ZodError) {
  return fail("invalid", "The card is not complete yet.", z.flattenError(error).fieldErrors);
}

async function ownCardSet(caller: Caller, setId: string) {
  if (!isInstructor(caller)) return null;
  return db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id, kind: "FLASHCARDS" },
    select: { id: true },
  });
}

/**
 * The import's rule (same-item.ts): a front appears once in a set, case and the spaces around
 * it aside. A refusal (409) names the card that has it, under the front's own short message;
 * the card itself is complete. `except` is the card being edited. Call it under the set's
 * lock, so that two saves of one front at once store one.
 */
async function sameFrontInSet(
  tx: Prisma.TransactionClient,
  setId: string,
  front: string,
  except?: string,
): Promise<ServiceFailure | null> {
  const cards = await tx.customCard.findMany({
    where: { setId, ...(except ? { id: { not: except } } : {}) },
    orderBy: { position: "asc" },
    select: { front: true },
  });
  const same = findSameItem({ front }, cards, cardIdentity);
  if (!same) return null;
  return fail(
    "conflict",
    `This set already has a card with this front: “${truncateText(same.front, 80)}”. Change ` +
      "the front, or edit that card instead.",
    { front: ["This set already has a card with this front."] },
  );
}

export async function listSetCustomCards(
  caller: Caller,
  setId: string,
): Promise<ServiceResult<CustomCardRow[]>> {
  if (!(await ownCardSet(caller, setId))) return fail("not_found", SET_NOT_FOUND);
  return ok(
    await db.customCard.findMany({
      where: { setId, instructorId: caller.id },
      orderBy: { position: "asc" },
      select: { id: true, front: true, back: true, source: true },
    }),
  );
}

export async function getCustomCard(
  caller: Caller,
  setId: string,
  id: string,
): Promise<ServiceResult<CustomCardRow>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_CARD_NOT_FOUND);
  const card = await db.customCard.findFirst({
    where: { id, setId, instructorId: caller.id },
    select: { id: true, front: true, back: true, source: true },
  });
  return card ? ok(card) : fail("not_found", CUSTOM_CARD_NOT_FOUND);
}

export async function createCustomCard(
  caller: Caller,
  setId: string,
  input: unknown,
): Promise<ServiceResult<{ id: string }>> {
  if (!(await ownCardSet(caller, setId))) return fail("not_found", SET_NOT_FOUND);
  const parsed = customCardSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    if (!(await lockOwnSet(tx, caller.id, setId, "update")))
      return fail("not_found", SET_NOT_FOUND);
    const same = await sameFrontInSet(tx, setId, parsed.data.front);
    if (same) return same;
    const count = await tx.customCard.count({ where: { setId } });
    if (count >= IMPORT_LIMITS.maxCards)
      return fail("conflict", `A set holds at most ${IMPORT_LIMITS.maxCards} written cards.`);
    const last = await tx.customCard.aggregate({ where: { setId }, _max: { position: true } });
    const row = await tx.customCard.create({
      data: {
        instructorId: caller.id,
        setId,
        position: (last._max.position ?? -1) + 1,
        front: parsed.data.front,
        back: parsed.data.back,
      },
      select: { id: true },
    });
    return ok({ id: row.id });
  });
}

export async function updateCustomCard(
  caller: Caller,
  setId: string,
  id: string,
  input: unknown,
): Promise<ServiceResult<{ id: string }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_CARD_NOT_FOUND);
  const where = { id, setId, instructorId: caller.id };
  if (!(await db.customCard.findFirst({ where, select: { id: true } })))
    return fail("not_found", CUSTOM_CARD_NOT_FOUND);
  const parsed = customCardSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    if (!(await lockOwnSet(tx, caller.id, setId, "update")))
      return fail("not_found", CUSTOM_CARD_NOT_FOUND);
    const same = await sameFrontInSet(tx, setId, parsed.data.front, id);
    if (same) return same;
    const { count } = await tx.customCard.updateMany({ where, data: parsed.data });
    if (count === 0) return fail("not_found", CUSTOM_CARD_NOT_FOUND);
    return ok({ id });
  });
}

export async function deleteCustomCard(
  caller: Caller,
  setId: string,
  id: string,
): Promise<ServiceResult<{ deleted: true }>> {
  if (!isInstructor(caller)) return fail("not_found", CUSTOM_CARD_NOT_FOUND);
  const { count } = await db.customCard.deleteMany({
    where: { id, setId, instructorId: caller.id },
  });
  if (count === 0) return fail("not_found", CUSTOM_CARD_NOT_FOUND);
  return ok({ deleted: true });
}
