import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { DeckToggle } from "@/components/flashcards/deck-toggle";
import { ExportLinks } from "@/components/interop/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { MY_CARDS } from "@/lib/schemas/interop";
import { requireUser } from "@/lib/server/auth/session";
import { listDecks } from "@/lib/server/flashcards/manage-decks";
import { listSuspendedCards } from "@/lib/server/flashcards/suspend-card";
import { SuspendedCards } from "@/components/flashcards/suspended-cards";
import { cx } from "@/components/ui/cx";

export const metadata: Metadata = { title: "Flashcards" };

export default async function FlashcardsPage() {
  const user = await requireUser("/flashcards");
  const [decks, suspended] = await Promise.all([listDecks(user.id), listSuspendedCards(user.id)]);
  const studying = decks.filter((d) => d.studying && d.deckId !== "all");
  const due = studying.reduce((n, d) => n + d.dueToday, 0);
  return (
    <>
      <PageHeader
        title="Flashcards"
        description={
          "Spaced repetition with FSRS: each card comes back just before you " +
          "would forget it. Add decks to your study, then review a little every " +
          "day."
        }
        actions={
          <>
            {studying.length ? (
              <Link href="/flashcards/study" className={buttonStyles.primary}>
                Study my decks{due ? ` (${due} due)` : ""}
              </Link>
            ) : null}
            <Link href="/settings" className={buttonStyles.ghost}>
              Study settings
            </Link>
          </>
        }
      />
      {studying.length === 0 ? (
        <p
          className={cx(
            "mb-6 rounded-lg border border-dashed border-slate-300 p-4 text-sm",
            "text-slate-600 dark:border-slate-700 dark:text-slate-400",
          )}
        >
          You are not studying any deck yet. Add one below — or add &ldquo;All programmes&rdquo; to
          study every card.
        </p>
      ) : (
        <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
          Take the cards of the decks you study to Anki or Quizlet:{" "}
          <ExportLinks
            href={`/api/flashcards/decks/${MY_CARDS}/export`}
            kind="cards"
            what="my cards"
          />
        </p>
      )}
      <ul className="grid gap-3 md:grid-cols-2">
        {decks.map((deck) => (
          <li key={deck.deckId} className={`${cardStyles} flex flex-col gap-3`}>
            {/* On a phone the button goes under the name, so that neither is squeezed. */}
            <div
              className={cx(
                "flex flex-col items-start gap-2",
                "sm:flex-row sm:justify-between sm:gap-3",
              )}
            >
              <div>
                <h2 className="font-semibold">{deck.name}</h2>
                <p className="text-sm text-slate-500 dark:text-slate-400">
                  {deck.cards} cards · {deck.unseen} not yet studied
                  {deck.suspended ? ` · ${deck.suspended} suspended` : ""}
                  {deck.studying ? ` · ${deck.dueToday} due today` : ""}
                </p>
              </div>
              <DeckToggle deckId={deck.deckId} deckName={deck.name} studying={deck.studying} />
            </div>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
              {deck.studying ? (
                <Link
                  href={`/flashcards/study?deck=${deck.deckId}`}
                  className="text-brand-700 hover:underline dark:text-brand-300"
                >
                  Study this deck<span className="sr-only">: {deck.name}</span> →
                </Link>
              ) : null}
              <Link
                href={`/flashcards/decks/${deck.deckId}`}
                className="text-brand-700 hover:underline dark:text-brand-300"
              >
                Browse the cards<span className="sr-only"> of {deck.name}</span>
              </Link>
            </p>
            <p className="text-sm text-slate-500 dark:text-slate-400">
              Export:{" "}
              <ExportLinks
                href={`/api/flashcards/decks/${deck.deckId}/export`}
                kind="cards"
                what={deck.name}
              />
            </p>
          </li>
        ))}
      </ul>
      <SuspendedCards cards={suspended} />
    </>
  );
}
