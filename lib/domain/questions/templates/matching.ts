/**
 * Matching recall templates (three or four pairs; every right-hand value fits exactly one left
 * item), built so that no two matching questions share more than two pairs:
 * - clues: rounds over a group: round r pairs each member with its r-th clue fact (by id), so
 *   the rounds never share a pair; a clue is used only if it fits no other chosen member;
 * - years: dated events dealt into groups with pairwise distinct years (ties would allow two
 *   matchings), each event in one group only.
 * Acronym matching is not asked: initials decide it. Item ids are opaque hashes and items are
 * stored sorted by id, so nothing reveals the pairs.
 */
import type { Fact, Programme } from "@/content/schema";
import type { DatedEvent } from "@/lib/domain/content/pack-index";
import { byYearThenId } from "@/lib/domain/content/by-year";
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

const MAX_PAIRS = 4;

/**
 * Dated events dealt into groups of three or four with pairwise distinct years, each event in
 * exactly one group: events sorted by year are dealt round-robin over ceil(n / 4) groups, with
 * the deal shifted by `shift` per pass so that two dealings (matching, ordering) differ. An
 * event whose year its group already has is left out. Linear in the number of events.
 */
export function dealYearGroups(events: readonly DatedEvent[], shift: number): DatedEvent[][] {
  const sorted = events.slice().sort(byYearThenId);
  const count = Math.ceil(sorted.length / MAX_PAIRS);
  const groups: DatedEvent[][] = Array.from({ length: count }, () => []);
  sorted.forEach((event, i) => {
    const group = groups[(i + shift * Math.floor(i / count)) % count] as DatedEvent[];
    if (group.length < MAX_PAIRS && group.every((e) => e.date.year !== event.date.year))
      group.push(event);
  });
  return groups.filter((g) => g.length >= 3);
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

  // Programme <-> clue, one question per round of each group.
  for (const members of index.groupMembers.values()) {
    if (members.length < 3) continue;
    const rounds = Math.max(...members.map((m) => index.clueFacts.get(m.id)?.length ?? 0));
    for (let round = 0; round < rounds; round++) {
      const chosen: Array<{ programme: Programme; fact: Fact }> = [];
      for (const m of members) {
        if (chosen.length >= MAX_PAIRS) break;
        const fact = index.clueFacts.get(m.id)?.[round];
        if (!fact?.clue) continue;
        const clash = chosen.some(
          (c) => c.fact.alsoTrueOf.includes(m.id) || fact.alsoTrueOf.includes(c.programme.id),
        );
        if (!clash) chosen.push({ programme: m, fact });
      }
      const [first] = chosen;
      if (!first || chosen.length < 3) continue;
      pushMatching(ctx, {
        template: "matching.clues",
        anchor: first.programme,
        key: [first.fact.id],
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

  // Event <-> year, each event in one question.
  for (const events of dealYearGroups(index.events, 1)) {
    const anchor = events[0] as DatedEvent;
    pushMatching(ctx, {
      template: "matching.years",
      anchor: anchor.programme,
      key: [anchor.fact.id],
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
}
