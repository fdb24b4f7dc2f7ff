import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FlashcardSetBuilder } from "@/components/classes/flashcard-set-builder";
import { QuizSetBuilder } from "@/components/classes/quiz-set-builder";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/session";
import { INSTRUCTORS_ONLY } from "@/lib/server/classes/caller";
import { getBuilderChoices } from "@/lib/server/classes/get-builder-choices";

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

  const { programmes, cards, kinds, backgroundOnlyKinds } = getBuilderChoices();
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
            kinds={kinds}
            backgroundOnlyKinds={backgroundOnlyKinds}
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
