import type { Metadata } from "next";
import Link from "next/link";
import { DeckToggle } from "@/components/flashcards/deck-toggle";
import { FlashcardStudy } from "@/components/flashcards/flashcard-study";
import { EmptyState } from "@/components/ui/empty-state";
import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { requireUser } from "@/lib/server/auth/session";
import {
  deckName,
  getOfflinePack,
  getStudySession,
} from "@/lib/server/flashcards/get-study-session";
import { listDecks } from "@/lib/server/flashcards/manage-decks";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Study flashcards" };

export default async function StudyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const deck = typeof params.deck === "string" ? params.deck : undefined;
  const user = await requireUser(
    `/flashcards/study${deck ? `?deck=${encodeURIComponent(deck)}` : ""}`,
  );
  const parsed = deckScopeSchema.safeParse({ deck });
  if (!parsed.success) notFound();
  if (deck && !(await listDecks(user.id)).some((d) => d.deckId === deck)) notFound();
  const now = new Date();
  const [session, offlinePack] = await Promise.all([
    getStudySession(user.id, deck, now),
    getOfflinePack(user.id, deck, now),
  ]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
        <Link href="/flashcards" className="hover:underline">
          Flashcards
        </Link>{" "}
        / {session.deckName}
      </nav>
      <h1 className="mb-6 text-2xl font-bold">Study: {session.deckName}</h1>
      {deck && !session.studying ? (
        <EmptyState
          title={`${deckName(deck)} is not in your study yet`}
          action={<DeckToggle deckId={deck} deckName={deckName(deck)} studying={false} />}
        >
          Add the deck to your study to review its cards on a spaced-repetition schedule.
        </EmptyState>
      ) : (
        <FlashcardStudy initial={session} offlinePack={offlinePack} />
      )}
    </>
  );
}
