import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DeckToggle } from "@/components/flashcards/deck-toggle";
import { FlashcardStudy } from "@/components/flashcards/flashcard-study";
import { StartStudyingButton } from "@/components/flashcards/start-studying-button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonStyles } from "@/components/ui/styles";
import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { requireUser } from "@/lib/server/auth/session";
import { studyAssignment } from "@/lib/server/classes/study-assignment";
import { deckName, getStudyPage } from "@/lib/server/flashcards/get-study-session";
import { knownDeck } from "@/lib/server/flashcards/manage-decks";

export const metadata: Metadata = { title: "Study flashcards" };

export default async function StudyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const deck = typeof params.deck === "string" ? params.deck : undefined;
  const assignment = typeof params.assignment === "string" ? params.assignment : undefined;
  const query = deck
    ? `?deck=${encodeURIComponent(deck)}`
    : assignment
      ? `?assignment=${encodeURIComponent(assignment)}`
      : "";
  const user = await requireUser(`/flashcards/study${query}`);
  const parsed = deckScopeSchema.safeParse({ deck, assignment });
  if (!parsed.success) notFound();
  if (deck && !knownDeck(deck)) notFound();
  if (assignment) {
    // Only a member of the class may study it, once it is open.
    const plan = await studyAssignment(user, assignment);
    if (!plan.ok && plan.code === "not_found") notFound();
    if (!plan.ok)
      return (
        <>
          <Breadcrumb
            trail={[{ href: "/assignments", label: "Assignments" }]}
            current="Flashcards"
          />
          <h1 className="mb-6 text-2xl font-bold">Study an assignment</h1>
          <Alert tone="error">{plan.error}</Alert>
        </>
      );
  }
  // One read of the learner's state; the offline pack is fetched after the first paint.
  const { session, packFor } = await getStudyPage(user.id, parsed.data, new Date(), user.timeZone);
  return (
    <>
      <Breadcrumb
        trail={[
          assignment
            ? { href: "/assignments", label: "Assignments" }
            : { href: "/flashcards", label: "Flashcards" },
        ]}
        current={session.deckName}
      />
      <h1 className="mb-6 text-2xl font-bold">Study: {session.deckName}</h1>
      {!deck && !assignment && !session.studying ? (
        // A learner who studies no deck yet (a bookmark, the address typed): one click to study
        // every deck, as home offers, or the deck list to choose from.
        <EmptyState
          title="You are not studying any deck yet"
          action={
            <div className="flex flex-wrap items-start justify-center gap-3">
              <StartStudyingButton />
              <Link href="/flashcards" className={buttonStyles.secondary}>
                Choose decks
              </Link>
            </div>
          }
        >
          Start studying to review every deck&apos;s cards on a spaced-repetition schedule, or
          choose the decks you want.
        </EmptyState>
      ) : deck && !session.studying ? (
        <EmptyState
          title={`${deckName(deck)} is not in your study yet`}
          action={<DeckToggle deckId={deck} deckName={deckName(deck)} studying={false} />}
        >
          Add the deck to your study to review its cards on a spaced-repetition schedule.
        </EmptyState>
      ) : (
        <FlashcardStudy initial={session} packFor={packFor} />
      )}
    </>
  );
}
