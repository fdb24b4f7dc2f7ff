"use client";

import { useState } from "react";
import { cardStyles } from "@/components/ui/styles";
import { cx } from "@/components/ui/cx";
import type { SuspendedCard } from "@/lib/domain/srs/study-view";
import { SuspendToggle } from "./suspend-toggle";

/**
 * The learner's suspended cards, each with Unsuspend. A card unsuspended here keeps its row
 * (with "Suspend" to take it back) until the page is opened again, so the keyboard focus stays
 * on its button instead of falling to the page's start as the row goes. The page's data, read
 * again after each change, no longer lists that card: the list keeps every card it has shown,
 * and is drawn (the page renders it always) once it has shown one.
 */
export function SuspendedCards({ cards }: { cards: SuspendedCard[] }) {
  const [shown, setShown] = useState(cards);
  const added = cards.filter((card) => !shown.some((s) => s.cardId === card.cardId));
  // A card suspended since (in another tab): added during render, React's way to follow props.
  if (added.length) setShown([...shown, ...added]);
  const [unsuspended, setUnsuspended] = useState<ReadonlySet<string>>(new Set());
  if (shown.length === 0) return null;
  const left = shown.length - unsuspended.size;
  const mark = (cardId: string, suspended: boolean) =>
    setUnsuspended((set) => {
      const next = new Set(set);
      if (suspended) next.delete(cardId);
      else next.add(cardId);
      return next;
    });
  return (
    <section aria-labelledby="suspended-cards" className="mt-8">
      <h2 id="suspended-cards" className="text-lg font-semibold">
        Suspended cards
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {left === 1 ? "1 card is" : `${left} cards are`} out of your study, their schedule kept,
        until you unsuspend them.
      </p>
      <ul className={cx(cardStyles, "mt-3 divide-y divide-slate-200 py-1 dark:divide-slate-800")}>
        {shown.map((card) => (
          <li
            key={card.cardId}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2"
          >
            <div>
              <p className="whitespace-pre-line">{card.front}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {card.from}
                {unsuspended.has(card.cardId) ? " · back in your study" : ""}
              </p>
            </div>
            <SuspendToggle
              cardId={card.cardId}
              front={card.front}
              suspended={!unsuspended.has(card.cardId)}
              onChange={(suspended) => mark(card.cardId, suspended)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
