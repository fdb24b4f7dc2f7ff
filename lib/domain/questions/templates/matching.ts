/**
 * Matching templates (three or four pairs; every right-hand value fits exactly one left item):
 * - clues: programmes of one group with one clue each, anchored on one clue fact; a sibling is
 *   used only with a clue that fits neither the anchor nor any programme already chosen;
 * - years: dated events with pairwise distinct years (ties would allow two matchings);
 * - acronyms: acronyms with their programmes' names.
 * Item ids are opaque hashes and items are stored sorted by id, so nothing reveals the pairs.
 */
import type { Fact, Programme } from "@/content/schema";
import type { DatedEvent } from "@/lib/domain/content/pack-index";
import { pickStable } from "@/lib/domain/pick-stable";
import type { Choice, Difficulty, MatchingQuestion, Pair } from "../types";
import {
  baseFields,
  displayName,
  fillYear,
  finishQuestion,
  joinSentences,
  opaqueId,
  questionId,
  withNote,
  type TemplateContext,
} from "./context";

const OTHERS = 3;

function pushMatching(
  ctx: TemplateContext,
  input: {
    template: string;
    anchor: Programme;
    key: string[];
    prompt: string;
    leftLabel: string;
    rightLabel: string;
    pairs: Array<{ leftKey: string; left: string; rightKey: string; right: string }>;
    factIds: string[];
    otherProgrammeIds: string[];
    explanation: string;
    difficulty: Difficulty;
  },
): void {
  const id = questionId(input.template, input.anchor.id, input.key);
  const left: Choice[] = [];
  const right: Choice[] = [];
  const answer: Pair[] = [];
  for (const pair of input.pairs) {
    const l = { id: opaqueId(id, "l", pair.leftKey), text: pair.left };
    const r = { id: opaqueId(id, "r", pair.rightKey), text: pair.right };
    left.push(l);
    right.push(r);
    answer.push({ leftId: l.id, rightId: r.id });
  }
  const byId = (a: Choice, b: Choice) => (a.id < b.id ? -1 : 1);
  const base = baseFields(ctx, { ...input, kind: "matching" });
  const question = finishQuestion<MatchingQuestion>(base, {
    kind: "matching",
    leftLabel: input.leftLabel,
    rightLabel: input.rightLabel,
    left: left.sort(byId),
    right: right.sort(byId),
    answer: answer.sort((a, b) => (a.leftId < b.leftId ? -1 : 1)),
  });
  ctx.out.push(question);
}

/** Events with years distinct from the anchor's and from each other, one per chosen year. */
export function pickDistinctYearEvents(
  ctx: TemplateContext,
  anchor: DatedEvent,
  salt: string,
): DatedEvent[] {
  const years = pickStable(ctx.index.years, OTHERS, salt, (y) => y !== anchor.date.year);
  return years.flatMap((y) => pickStable(ctx.index.eventsByYear.get(y) ?? [], 1, `${salt}|${y}`));
}

/** An event restated with its year, shared by every question that shows it. */
export function eventSentence(ctx: TemplateContext, e: DatedEvent): string {
  return ctx.sharedText(`event|${e.fact.id}`, () => fillYear(e.date.sentence, e.date.year));
}

export function generateMatchingQuestions(ctx: TemplateContext): void {
  const { index } = ctx;
  const nameOf = (p: Programme) => ctx.sharedText(`name|${p.id}`, () => displayName(p));
  const yearOf = (e: DatedEvent) =>
    ctx.sharedText(`year|${e.date.year}`, () => String(e.date.year));
  for (const programme of ctx.pack.programmes) {
    // Programme <-> clue.
    const members = programme.group ? (index.groupMembers.get(programme.group) ?? []) : [];
    if (members.length >= 3) {
      for (const fact of index.clueFacts.get(programme.id) ?? []) {
        const id = questionId("matching.clues", programme.id, [fact.id]);
        const chosen: Array<{ programme: Programme; fact: Fact }> = [{ programme, fact }];
        const fitsNoChosen = (candidate: Fact) =>
          chosen.every((c) => !candidate.alsoTrueOf.includes(c.programme.id));
        pickStable(members, OTHERS, id, (m) => {
          if (chosen.some((c) => c.programme.id === m.id || c.fact.alsoTrueOf.includes(m.id)))
            return false;
          const [clue] = pickStable(
            index.clueFacts.get(m.id) ?? [],
            1,
            `${id}|${m.id}`,
            fitsNoChosen,
          );
          if (!clue) return false;
          chosen.push({ programme: m, fact: clue });
          return true;
        });
        if (chosen.length < 3) continue;
        pushMatching(ctx, {
          template: "matching.clues",
          anchor: programme,
          key: [fact.id],
          prompt: "Match each programme or format with its description.",
          leftLabel: "Programme or format",
          rightLabel: "Description",
          pairs: chosen.map((c) => ({
            leftKey: c.programme.id,
            left: nameOf(c.programme),
            rightKey: c.fact.id,
            right: c.fact.clue ?? "",
          })),
          factIds: chosen.map((c) => c.fact.id),
          otherProgrammeIds: chosen.map((c) => c.programme.id),
          explanation: joinSentences(
            chosen.map((c) =>
              ctx.sharedText(
                `clue|${c.fact.id}`,
                () => `${nameOf(c.programme)}: ${withNote(c.fact)}`,
              ),
            ),
          ),
          difficulty: 2,
        });
      }
    }

    // Event <-> year.
    for (const date of programme.dates) {
      const anchor = index.eventByFact.get(date.fact);
      if (!anchor) continue;
      const id = questionId("matching.years", programme.id, [date.fact]);
      const events = [anchor, ...pickDistinctYearEvents(ctx, anchor, id)];
      if (events.length < 3) continue;
      pushMatching(ctx, {
        template: "matching.years",
        anchor: programme,
        key: [date.fact],
        prompt: "Match each event with the year it happened.",
        leftLabel: "Event",
        rightLabel: "Year",
        pairs: events.map((e) => ({
          leftKey: e.fact.id,
          left: e.date.event,
          rightKey: yearOf(e),
          right: yearOf(e),
        })),
        factIds: events.map((e) => e.fact.id),
        otherProgrammeIds: events.map((e) => e.programme.id),
        explanation: joinSentences(events.map((e) => eventSentence(ctx, e))),
        difficulty: 2,
      });
    }

    // Acronym <-> name.
    if (programme.acronym && programme.acronymFact) {
      const id = questionId("matching.acronyms", programme.id, [programme.acronymFact]);
      const others = pickStable(
        index.acronymProgrammes,
        OTHERS,
        id,
        (p, picked) =>
          p.id !== programme.id &&
          p.acronym !== programme.acronym &&
          picked.every((q) => q.acronym !== p.acronym),
      );
      const all = [programme, ...others];
      if (all.length < 3) continue;
      pushMatching(ctx, {
        template: "matching.acronyms",
        anchor: programme,
        key: [programme.acronymFact],
        prompt: "Match each acronym with the programme it stands for.",
        leftLabel: "Acronym",
        rightLabel: "Programme",
        pairs: all.map((p) => ({
          leftKey: p.acronym ?? p.id,
          left: p.acronym ?? "",
          rightKey: p.id,
          right: p.name,
        })),
        factIds: all.map((p) => p.acronymFact ?? "").filter(Boolean),
        otherProgrammeIds: all.map((p) => p.id),
        explanation: joinSentences(all.map((p) => `${p.acronym} stands for ${p.name}.`)),
        difficulty: 1,
      });
    }
  }
}
