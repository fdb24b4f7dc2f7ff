"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useController } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { BuilderFields } from "./builder-fields";
import { cx } from "@/components/ui/cx";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, cardStyles, inputStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { programmePick, splitPicks, toggleProgramme } from "./flashcard-picks";
import {
  createFlashcardSetSchema,
  FLASHCARD_SET_MAX_CARDS,
  SET_NAME_MAX,
} from "@/lib/schemas/classes";

type Programme = { id: string; name: string };
type Card = { id: string; deckId: string; front: string };

/** A saved set opened for editing: its choices fill the builder, and saving replaces them. */
export type SavedFlashcardSet = {
  id: string;
  name: string;
  programmeIds: string[];
  /** Every card the set holds, its programmes' included. */
  cardIds: string[];
  /** Why the set's choices can no longer change (learners have started it), or null. */
  locked?: string | null;
};

const CARDS_ID = "set-cards";

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * Builds a flashcard set from cards picked one by one, a programme's box picking or unpicking
 * all of its cards at once (flashcard-picks.ts): one card of a ticked programme can be left out
 * by unticking it, which leaves the programme's box half-ticked. Saving sends the programmes
 * whose cards are all picked and the other picked cards. Given a `saved` set, it opens with that
 * set's cards picked, and saving replaces them.
 */
export function FlashcardSetBuilder({
  programmes,
  cards,
  saved,
}: {
  programmes: Programme[];
  cards: Card[];
  saved?: SavedFlashcardSet;
}) {
  const router = useRouter();
  const [filter, setFilter] = useState("");

  const { form, formProps, alertRef, formError, pending, field, errorOf } = useJsonForm({
    schema: createFlashcardSetSchema,
    defaultValues: { name: saved?.name ?? "", cardIds: saved?.cardIds ?? [] },
    toInput: ({ name, cardIds }) => ({ name, ...splitPicks(cards, cardIds) }),
    submit: (input) =>
      saved
        ? requestJson(`/api/sets/${encodeURIComponent(saved.id)}/contents`, {
            method: "PUT",
            body: input,
          })
        : requestJson("/api/sets/flashcards", { method: "POST", body: input }),
    onSuccess: () =>
      router.push(
        saved ? `/sets/${encodeURIComponent(saved.id)}?saved=contents` : "/sets?created=1",
      ),
    leavesPage: true,
  });
  const cardIds = useController({ control: form.control, name: "cardIds" }).field;
  const cardsError = errorOf("cardIds");

  const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
  const cardsPer = new Map<string, number>();
  for (const c of cards) cardsPer.set(c.deckId, (cardsPer.get(c.deckId) ?? 0) + 1);
  const picked = new Set(cardIds.value);
  const pickedPer = new Map<string, number>();
  for (const c of cards)
    if (picked.has(c.id)) pickedPer.set(c.deckId, (pickedPer.get(c.deckId) ?? 0) + 1);
  const singles = splitPicks(cards, cardIds.value).cardIds;
  const total = picked.size;
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? cards.filter(
        (c) =>
          c.front.toLowerCase().includes(needle) ||
          (programmeName.get(c.deckId) ?? "").toLowerCase().includes(needle),
      )
    : cards;

  return (
    <form {...formProps} aria-label="Flashcard set" className="space-y-8">
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <BuilderFields locked={saved?.locked}>
        <div className="max-w-md">
          <FormField
            label="Set name"
            id="set-name"
            required
            maxLength={SET_NAME_MAX}
            hint="Learners see it on their assignments."
            {...field("name")}
          />
        </div>

        <fieldset className="space-y-3">
          <legend className="text-base font-semibold">Programmes</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Tick a programme for all of its cards; untick single cards below to leave them out.
          </p>
          <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {programmes.map((p) => {
              const pick = programmePick(cards, p.id, picked);
              const count = cardsPer.get(p.id) ?? 0;
              return (
                <div
                  key={p.id}
                  className={cx(
                    "flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm",
                    "hover:bg-slate-100 dark:hover:bg-slate-800",
                  )}
                >
                  <input
                    id={`programme-${p.id}`}
                    type="checkbox"
                    checked={pick === "all"}
                    // Half-ticked (read out as "mixed") while only some of its cards are picked.
                    ref={(box) => {
                      if (box) box.indeterminate = pick === "some";
                    }}
                    disabled={count === 0}
                    onChange={() => cardIds.onChange(toggleProgramme(cards, p.id, cardIds.value))}
                    aria-describedby={`programme-${p.id}-count`}
                  />
                  <span>
                    <label htmlFor={`programme-${p.id}`}>{p.name}</label>{" "}
                    <span
                      id={`programme-${p.id}-count`}
                      className="whitespace-nowrap text-slate-600 dark:text-slate-400"
                    >
                      {pick === "some"
                        ? `(${pickedPer.get(p.id) ?? 0} of ${count} cards)`
                        : `(${count} cards)`}
                    </span>
                  </span>
                </div>
              );
            })}
          </div>
        </fieldset>

        <div className={cardStyles}>
          <fieldset
            className="space-y-3"
            aria-describedby={cardsError ? fieldErrorId(CARDS_ID) : undefined}
            data-invalid={cardsError ? true : undefined}
          >
            <legend className="text-base font-semibold">Cards</legend>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Tick single cards to add them, or untick one of a ticked programme to leave it out.
            </p>
            <div className="max-w-sm">
              <label htmlFor="card-filter" className="block text-sm font-medium">
                Filter cards
              </label>
              <input
                id="card-filter"
                type="search"
                className={`${inputStyles} mt-1.5`}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            </div>
            <ul
              className={cx(
                "max-h-96 space-y-1 overflow-y-auto rounded-lg border border-slate-200",
                "p-2 dark:border-slate-800",
              )}
              aria-label="Cards"
            >
              {shown.map((c) => {
                return (
                  <li key={c.id}>
                    <div
                      className={cx(
                        "flex items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-100",
                        "dark:hover:bg-slate-800",
                      )}
                    >
                      <input
                        id={`card-${c.id}`}
                        type="checkbox"
                        className="mt-0.5"
                        checked={picked.has(c.id)}
                        onChange={() => cardIds.onChange(toggle(cardIds.value, c.id))}
                        aria-describedby={`card-${c.id}-deck`}
                      />
                      <span>
                        <label htmlFor={`card-${c.id}`}>{c.front}</label>
                        <span
                          id={`card-${c.id}-deck`}
                          className="block text-xs text-slate-600 dark:text-slate-400"
                        >
                          {programmeName.get(c.deckId) ?? c.deckId}
                        </span>
                      </span>
                    </div>
                  </li>
                );
              })}
              {shown.length === 0 ? (
                <li className="px-2 py-1.5 text-sm text-slate-600">No card matches “{filter}”.</li>
              ) : null}
            </ul>
            <FieldError id={fieldErrorId(CARDS_ID)} message={cardsError} />
          </fieldset>
        </div>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className={buttonStyles.primary}
            disabled={pending}
            aria-busy={pending}
          >
            {pending ? "Saving…" : saved ? "Save changes" : "Save set"}
          </button>
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {total === 0
              ? "No cards chosen yet."
              : `${total} ${total === 1 ? "card" : "cards"} in this set.`}
            {singles.length > FLASHCARD_SET_MAX_CARDS
              ? ` Pick at most ${FLASHCARD_SET_MAX_CARDS} single cards.`
              : ""}
          </p>
        </div>
      </BuilderFields>
    </form>
  );
}
