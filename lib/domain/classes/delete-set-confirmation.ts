// The question an instructor is asked before deleting a set: what they wrote in it goes too.

/**
 * `ownItems`: the questions (quiz sets) or cards (flashcard sets) the instructor wrote or
 * imported into the set, which are deleted with it; null when they could not be counted.
 */
export function deleteSetConfirmation({
  name,
  kind,
  ownItems,
}: {
  name: string;
  kind: "quiz" | "flashcards";
  ownItems: number | null;
}): string {
  const noun = kind === "quiz" ? "question" : "card";
  const items =
    ownItems === null
      ? ` and any ${noun}s you wrote in it`
      : ownItems === 0
        ? ""
        : ownItems === 1
          ? ` and the ${noun} you wrote in it`
          : ` and the ${ownItems} ${noun}s you wrote in it`;
  return `Delete the set “${name}”${items}? This cannot be undone.`;
}
