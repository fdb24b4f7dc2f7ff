import "server-only";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import { backgroundOnlyKinds } from "@/lib/domain/quiz/background-only-kinds";
import { getContentCatalog } from "@/lib/server/content/get-content";

/**
 * What the set builders offer, for a new set and for editing one: the programmes, the question
 * kinds (those only NATO background asks tagged), and the flashcards listed programme by
 * programme (as the programme checkboxes), in content order within each.
 */
export function getBuilderChoices() {
  const { pack, flashcards, bank, sourceOnlyBank } = getContentCatalog();
  const programmes = pack.programmes.map(({ id, name, beyondSource }) => ({
    id,
    name,
    beyondSource,
  }));
  const rank = new Map(programmes.map((p, i) => [p.id, i]));
  const cards = flashcards
    .map((c, i) => ({ id: c.id, deckId: c.deckId, front: c.front, order: i }))
    .sort(
      (a, b) =>
        (rank.get(a.deckId) ?? rank.size) - (rank.get(b.deckId) ?? rank.size) || a.order - b.order,
    )
    .map(({ id, deckId, front }) => ({ id, deckId, front }));
  return {
    programmes,
    cards,
    kinds: [...QUESTION_KINDS],
    backgroundOnlyKinds: backgroundOnlyKinds({ bank, sourceOnlyBank }),
  };
}
