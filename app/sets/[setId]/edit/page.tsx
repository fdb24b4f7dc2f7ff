import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DuplicateSetButton } from "@/components/classes/duplicate-set-button";
import { FlashcardSetBuilder } from "@/components/classes/flashcard-set-builder";
import { QuizSetBuilder } from "@/components/classes/quiz-set-builder";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/session";
import { getBuilderChoices } from "@/lib/server/classes/get-builder-choices";
import { getSetForEditing } from "@/lib/server/classes/get-set-for-editing";

export const metadata: Metadata = { title: "Edit set" };

/** One of the instructor's sets in its builder, with its saved choices, to change them. */
export default async function EditSetPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const href = `/sets/${encodeURIComponent(setId)}`;
  const user = await requireUser(`${href}/edit`);
  const result = await getSetForEditing({ id: user.id, role: user.role }, setId);
  if (!result.ok) notFound();
  const set = result.data;
  const { programmes, cards, kinds, backgroundOnlyKinds } = getBuilderChoices();

  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/sets", label: "Sets" },
          { href, label: set.name },
        ]}
        current="Edit set"
      />
      <PageHeader
        title={`Edit “${set.name}”`}
        description={
          set.locked
            ? "The set as it was saved. Learners have started it, so it can no longer change " +
              "(below): duplicate it to change a copy."
            : (set.kind === "quiz"
                ? "Change the questions' programmes, types and options, pin or exclude questions"
                : "Change the programmes and cards") +
              ", and save. Learners who start the set afterwards get the new contents; the " +
              "questions and cards you wrote yourself stay as they are."
        }
      />
      {set.locked ? (
        <div className="mb-6">
          <DuplicateSetButton setId={set.id} tone="primary" />
        </div>
      ) : null}
      {set.kind === "quiz" ? (
        <QuizSetBuilder
          programmes={programmes}
          kinds={kinds}
          backgroundOnlyKinds={backgroundOnlyKinds}
          saved={set}
        />
      ) : (
        <FlashcardSetBuilder programmes={programmes} cards={cards} saved={set} />
      )}
      {set.locked && set.kind === "flashcards" ? (
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
          Cards you write or import yourself can still be added on the{" "}
          <Link href={href}>set&apos;s page</Link>: like an Anki deck, a flashcard set may keep
          growing.
        </p>
      ) : null}
    </>
  );
}
