/**
 * Ordering template: put three or four dated events in chronological order. Events are dealt
 * into groups with pairwise distinct years (dealYearGroups), each event in one group, so exactly
 * one order is right and no two orderings overlap. Items are stored under opaque ids sorted by
 * id, so their stored order never reveals the chronology.
 */
import { byYearThenId } from "@/lib/domain/content/by-year";
import type { DatedEvent } from "@/lib/domain/content/pack-index";
import type { OrderingQuestion } from "../types";
import {
  baseFields,
  finishQuestion,
  joinSentences,
  opaqueId,
  questionId,
  type TemplateContext,
} from "./context";
import { dealYearGroups, eventSentence } from "./matching";

export function generateOrderingQuestions(ctx: TemplateContext): void {
  for (const events of dealYearGroups(ctx.index.events, 0)) {
    const { programme, date } = events[0] as DatedEvent;
    const id = questionId("ordering.chronology", programme.id, [date.fact]);
    const chronological = events.slice().sort(byYearThenId);
    const itemId = (factId: string) => opaqueId(id, "o", factId);
    const base = baseFields(ctx, {
      template: "ordering.chronology",
      kind: "ordering",
      anchor: programme,
      key: [date.fact],
      factIds: chronological.map((e) => e.fact.id),
      otherProgrammeIds: events.map((e) => e.programme.id),
      prompt: "Put these events in chronological order, earliest first.",
      explanation: joinSentences(chronological.map((e) => eventSentence(ctx, e))),
      difficulty: 3,
    });
    ctx.out.push(
      finishQuestion<OrderingQuestion>(base, {
        kind: "ordering",
        items: events
          .map((e) => ({ id: itemId(e.fact.id), text: e.date.event }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
        answer: chronological.map((e) => itemId(e.fact.id)),
        orderLabel: "Earliest first",
      }),
    );
  }
}
