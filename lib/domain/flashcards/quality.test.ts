import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { generateFlashcards } from "./generate";
import { measureReverseClues } from "./quality";
import type { Flashcard } from "./types";

/** A term card and its reverse, the definition on the term card's back. */
function termCards(id: string, definition: string): Flashcard[] {
  const common = {
    deckId: id,
    kind: "term-meaning" as const,
    siblingKey: id,
    sources: [],
    scope: "source" as const,
    beyondSource: false,
    factIds: [id],
  };
  return [
    { id: `term-meaning:${id}`, front: id, back: definition, ...common },
    {
      id: `term-meaning:${id}:reverse`,
      front: `Which programme or topic is this? ${definition}`,
      back: id,
      reverseOf: `term-meaning:${id}`,
      ...common,
    },
  ];
}

describe("measureReverseClues", () => {
  test.each([
    {
      name: "definitions that share only the subject's common words pass",
      cards: [
        ...termCards("a", "Forum bringing seven Mediterranean countries together"),
        ...termCards("b", "Framework offering Gulf states practical cooperation"),
      ],
      offenders: [],
    },
    {
      name: "a definition with too few words of its own fails, the other passes",
      cards: [
        ...termCards("a", "Developing lasting dialogue with non-members"),
        ...termCards("b", "Dialogue fostered through various programmes"),
      ],
      offenders: [
        'term-meaning:a:reverse: 2 word(s) no other definition uses ("develo", "lastin")',
      ],
    },
    {
      name: "words are compared by root, so a plural or a longer form is the same word",
      cards: [
        ...termCards("a", "Dialogues fostering collaboration through forums"),
        ...termCards("b", "Dialogue fostered collaborations through forum"),
      ],
      offenders: [
        "term-meaning:a:reverse: 0 word(s) no other definition uses (none)",
        "term-meaning:b:reverse: 0 word(s) no other definition uses (none)",
      ],
    },
    {
      name: "forward cards and cards of other kinds are not asked for",
      cards: [
        termCards("a", "Developing dialogue")[0]!,
        { ...termCards("b", "Dialogue")[0]!, id: "acronym:b", kind: "acronym" as const },
      ],
      offenders: [],
    },
  ])("$name", ({ cards, offenders }) => {
    const measure = measureReverseClues(cards);
    expect(measure.offenders).toEqual(offenders);
    expect(measure.value).toBe(String(offenders.length));
    expect(measure.ok).toBe(offenders.length === 0);
  });

  test("the threshold counts: exactly minOwn words of its own is enough", () => {
    const cards = [
      ...termCards("a", "Seven Mediterranean countries meeting"),
      ...termCards("b", "Gulf states"),
    ];
    // "a" has seven, medite, meetin (countries is a common word); "b" has gulf only.
    expect(measureReverseClues(cards, 3).offenders.map((o) => o.split(":")[1])).toEqual(["b"]);
    expect(measureReverseClues(cards, 4).offenders.map((o) => o.split(":")[1])).toEqual(["a", "b"]);
    expect(measureReverseClues(cards, 1).ok).toBe(true);
    expect(measureReverseClues(cards, 3)).toMatchObject({
      id: "reverse-clues",
      label: "reverse flashcards whose definition could name another programme",
      target: "0 (each definition with 3+ words of its own)",
    });
  });

  test("the verdict does not depend on the order of the cards", () => {
    const cards = [
      ...termCards("a", "Developing dialogue with non-members"),
      ...termCards("b", "Lasting dialogue fostered through various programmes"),
      ...termCards("c", "Forum of seven Mediterranean countries"),
    ];
    const expected = [...measureReverseClues(cards).offenders].sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(cards, { minLength: cards.length }), (shuffled) => {
        expect([...measureReverseClues(shuffled).offenders].sort()).toEqual(expected);
      }),
    );
  });

  test.each([
    ["the full content", loadContent()],
    ["the source-only content", toSourceOnlyPack(loadContent())],
  ])("every reverse card of %s has one answer", (_name, pack) => {
    expect(measureReverseClues(generateFlashcards(pack)).offenders).toEqual([]);
  });
});
