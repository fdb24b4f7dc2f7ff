import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { tableStyles as t } from "@/components/classes/table-styles";
import { DeckToggle } from "@/components/flashcards/deck-toggle";
import { SuspendToggle } from "@/components/flashcards/suspend-toggle";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroller } from "@/components/ui/table-scroller";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/domain/format/format";
import { formatInterval } from "@/lib/domain/srs/schedule";
import { requireUser } from "@/lib/server/auth/session";
import { browseDeck, type CardStanding } from "@/lib/server/flashcards/browse-deck";

export const metadata: Metadata = { title: "Deck" };

const LABELS: Record<CardStanding, string> = {
  new: "New",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const user = await requireUser(`/flashcards/decks/${encodeURIComponent(deckId)}`);
  const result = await browseDeck(user.id, deckId);
  if (!result.ok) notFound();
  const deck = result.data;
  const now = new Date();
  const caption = `Cards of ${deck.name}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/flashcards", label: "Flashcards" }]} current={deck.name} />
      <PageHeader
        title={deck.name}
        description={
          "Every card of the deck, front and back, with where it stands in your study: new, " +
          "learning, review or relearning, and when it is next due. Suspend a card to keep it " +
          "out of your study (its schedule is kept) until you unsuspend it."
        }
        actions={
          deck.studying ? (
            <Link href={`/flashcards/study?deck=${deck.deckId}`} className={buttonStyles.primary}>
              Study this deck
            </Link>
          ) : (
            <DeckToggle deckId={deck.deckId} deckName={deck.name} studying={false} />
          )
        }
      />
      <dl className={`${cardStyles} mb-6 grid grid-cols-2 gap-4 sm:grid-cols-4`}>
        {(Object.keys(LABELS) as CardStanding[]).map((standing) => (
          <div key={standing}>
            <dt className="text-sm text-slate-500 dark:text-slate-400">{LABELS[standing]}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{deck.counts[standing]}</dd>
          </div>
        ))}
      </dl>
      {deck.suspended ? (
        <p className="-mt-3 mb-6 text-sm text-slate-600 dark:text-slate-400">
          {deck.suspended === 1 ? "1 card is" : `${deck.suspended} cards are`} suspended: out of
          your study and of its counts until you unsuspend {deck.suspended === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <TableScroller label={caption} frame={cardStyles}>
        <table className={t.table}>
          <caption className="sr-only">{caption}</caption>
          <thead className={t.head}>
            <tr>
              <th scope="col" className={t.th}>
                Front
              </th>
              <th scope="col" className={t.th}>
                Back
              </th>
              <th scope="col" className={t.th}>
                Status
              </th>
              <th scope="col" className={t.th}>
                Next due
              </th>
              <th scope="col" className={t.th}>
                Reviews
              </th>
              <th scope="col" className={t.th}>
                <span className="sr-only">Suspend or unsuspend</span>
              </th>
            </tr>
          </thead>
          <tbody className={t.body}>
            {deck.cards.map((card) => (
              <tr key={card.cardId}>
                <th
                  scope="row"
                  className={`${t.rowHeader} min-w-48 font-normal whitespace-pre-line`}
                >
                  {card.front}
                </th>
                <td className={`${t.cell} min-w-48 whitespace-pre-line`}>{card.back}</td>
                <td className={`${t.cell} whitespace-nowrap`}>
                  {LABELS[card.standing]}
                  {card.suspended ? ", suspended" : ""}
                </td>
                <td className={`${t.cell} whitespace-nowrap`}>
                  {card.suspended ? "–" : dueLabel(card.due, now, user.timeZone)}
                </td>
                <td className={`${t.cell} whitespace-nowrap tabular-nums`}>
                  {card.reps}
                  {card.lapses ? ` (${card.lapses} forgotten)` : ""}
                </td>
                <td className={`${t.cell} py-1`}>
                  <SuspendToggle
                    cardId={card.cardId}
                    front={card.front}
                    suspended={card.suspended}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}

/** "–" for a new card, "Due now", or the date and how far off: "5 Mar 2026, 10:10 (in 10m)". */
function dueLabel(due: Date | null, now: Date, timeZone: string): string {
  if (due === null) return "–";
  if (due <= now) return "Due now";
  return `${formatDateTime(due, timeZone)} (in ${formatInterval(now, due)})`;
}
