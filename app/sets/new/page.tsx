import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FlashcardSetBuilder } from "@/components/classes/flashcard-set-builder";
import { QuizSetBuilder } from "@/components/classes/quiz-set-builder";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import { backgroundOnlyKinds } from "@/lib/domain/quiz/background-only-kinds";
import { requireUser } from "@/lib/server/auth/session";
import { INSTRUCTORS_ONLY } from "@/lib/server/classes/caller";
import { getContentCatalog } from "@/lib/server/content/get-content";

export const metadata: Metadata = { title: "New set" };

export default async function NewSetPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kind: rawKind } = await searchParams;
  // Anything but "flashcards" builds a quiz set, the more common kind.
  const kind = rawKind === "flashcards" ? "flashcards" : "quiz";
  const user = await requireUser(`/sets/new?kind=${kind}`);
  const title = kind === "quiz" ? "New quiz set" : "New flashcard set";
  const breadcrumb = (
    <Breadcrumb
      trail={[
        { href: "/classes", label: "Classes" },
        { href: "/sets", label: "Sets" },
      ]}
      current={title}
    />
  );

  // The services refuse learners too; this says so before they fill in a form for nothing.
  if (user.role !== "INSTRUCTOR") {
    return (
      <>
        <PageHeader title={title} />
        <Alert tone="error">{INSTRUCTORS_ONLY}</Alert>
      </>
    );
  }

  const { pack, flashcards, bank, sourceOnlyBank } = getContentCatalog();
  const programmes = pack.programmes.map(({ id, name, beyondSource }) => ({
    id,
    name,
    beyondSource,
  }));
  // Cards listed programme by programme (as the checkboxes above), in content order within each.
  const rank = new Map(programmes.map((p, i) => [p.id, i]));
  const cards = flashcards
    .map((c, i) => ({ id: c.id, deckId: c.deckId, front: c.front, order: i }))
    .sort(
      (a, b) =>
        (rank.get(a.deckId) ?? rank.size) - (rank.get(b.deckId) ?? rank.size) || a.order - b.order,
    )
    .map(({ id, deckId, front }) => ({ id, deckId, front }));
  return (
    <>
      {breadcrumb}
      {kind === "quiz" ? (
        <>
          <PageHeader
            title={title}
            description={
              "Choose the questions' programmes and types, preview them, pin or " +
              "exclude single questions, and save."
            }
          />
          <QuizSetBuilder
            programmes={programmes}
            kinds={[...QUESTION_KINDS]}
            backgroundOnlyKinds={backgroundOnlyKinds({ bank, sourceOnlyBank })}
          />
        </>
      ) : (
        <>
          <PageHeader
            title={title}
            description={
              "Choose whole programmes, single cards, or both. Learners study them " +
              "with their usual spaced-repetition schedule."
            }
          />
          <FlashcardSetBuilder programmes={programmes} cards={cards} />
        </>
      )}
    </>
  );
}
