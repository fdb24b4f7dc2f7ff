"use client";

import { Link } from "@/components/ui/link";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Citation } from "@/components/library/citation";
import { Alert } from "@/components/ui/alert";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson, type RequestResult } from "@/lib/client/request-json";
import { useHydrated } from "@/lib/client/use-hydrated";
import { RATING_LABELS, RATINGS, type RatingValue } from "@/lib/domain/srs/schedule";
import type { PackOwner } from "@/lib/domain/srs/offline-pack";
import type { StudySessionView } from "@/lib/domain/srs/study-view";
import { describeDue } from "@/lib/domain/format/format";
import { cx } from "@/components/ui/cx";
import { useOfflineStudy } from "./use-offline-study";

type ApiResult = RequestResult<StudySessionView>;

const RATING_STYLES: Record<RatingValue, string> = {
  1: cx(
    "border-red-300 bg-red-50 text-red-900 hover:bg-red-100",
    "dark:border-red-800 dark:bg-red-950/50 dark:text-red-100",
  ),
  2: cx(
    "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100",
    "dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100",
  ),
  3: cx(
    "border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100",
    "dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100",
  ),
  4: cx(
    "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100",
    "dark:border-sky-800 dark:bg-sky-950/50 dark:text-sky-100",
  ),
};

const OFFLINE =
  "You seem to be offline. Your grade was not saved; try again when you are back online.";
const NOT_SAVED = "The server could not save that. Please try again.";
const TRY_AGAIN = "Your last grade is not saved yet; try again once it is.";
const SUSPEND_OFFLINE =
  "You seem to be offline. Suspending or unsuspending a card needs a connection.";

/**
 * Sends a grade, an undo or "study more", trying twice more after no reply or a 5xx
 * (a grade carries its own requestId, so sending it again after a lost reply is safe).
 */
async function post(url: string, body: unknown): Promise<ApiResult> {
  for (let attempt = 0; ; attempt++) {
    const result = await requestJson<StudySessionView>(url, { method: "POST", body });
    const lost = result.kind === "retry" && (result.status === null || result.status >= 500);
    if (!lost) return result;
    if (attempt >= 2) return { ...result, error: result.status === null ? OFFLINE : NOT_SAVED };
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
  }
}

/**
 * One card at a time: front, Space to reveal, then Again / Hard / Good / Easy (keys 1-4),
 * each button showing when the card would come back. U undoes the last grade. Once the pack
 * has arrived (use-offline-study.ts), the device picks the next card and schedules each grade
 * with the server's own code, so the next card is shown at once and the grade is sent in the
 * background (offline: when the network is back). Before that, and for an assignment's cards,
 * the server's reply brings the next card.
 */
export function FlashcardStudy({
  initial,
  packFor = null,
}: {
  initial: StudySessionView;
  /** Whose offline pack to keep; null studies online only (an assignment). */
  packFor?: PackOwner | null;
}) {
  const [session, setSession] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{
    tone: "error" | "info";
    text: string;
    /** A card just suspended, which the message offers to unsuspend. */
    unsuspend?: string;
  }>();
  const [notices, setNotices] = useState<string[]>([]);
  const showSession = useCallback((next: StudySessionView, news: string[]) => {
    setSession((current) => {
      // The same card still on screen (the network dropped mid-card): keep its answer shown.
      if (current.card?.cardId !== next.card?.cardId) setRevealed(false);
      return next;
    });
    if (news.length) setNotices(news);
  }, []);
  const showError = useCallback((text: string) => setMessage({ tone: "error", text }), []);
  const offline = useOfflineStudy(packFor, { session: showSession, error: showError });
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLParagraphElement>(null);
  const grades = useRef<HTMLDivElement>(null);
  const card = session.card;
  // Keys work once the page is interactive; tests (and styles) can tell from this attribute.
  const hydrated = useHydrated();

  useEffect(() => {
    shownAt.current = Date.now();
  }, [card?.cardId, card?.version]);

  // On a phone the answer appeared under the grades, which stay at the screen's bottom there,
  // and every card needed a scroll to read it. The answer is scrolled just into view above them
  // (no further: the front stays on screen when both fit). Only the page scrolls: focus stays
  // where it was, so Space and 1-4 go on working.
  useLayoutEffect(() => {
    const shown = answer.current;
    const bar = grades.current;
    if (!revealed || !shown || !bar) return;
    const covered = getComputedStyle(bar).position === "sticky" ? bar.offsetHeight : 0;
    shown.style.scrollMarginBottom = `${covered + 8}px`;
    shown.scrollIntoView({ block: "nearest" });
  }, [revealed, card?.cardId]);

  const { recordServerGrade, reload } = offline;
  const apply = useCallback(
    (result: ApiResult) => {
      if (result.kind === "ok") {
        setSession(result.data);
        recordServerGrade(result.data);
        setRevealed(false);
        heading.current?.focus();
      } else setMessage({ tone: "error", text: result.error });
    },
    [recordServerGrade],
  );
  /** A reply that changed more than one card's state (undo, study more): a new pack too. */
  const applyAndReload = useCallback(
    (result: ApiResult) => {
      apply(result);
      if (result.kind === "ok" && offline.available) void reload();
    },
    [apply, offline.available, reload],
  );

  // The session's scope, sent with every request so the next card comes from the same cards.
  const assignmentId = session.assignment?.id;
  const scope = useMemo(
    (): Record<string, string> =>
      assignmentId ? { assignment: assignmentId } : session.deck ? { deck: session.deck } : {},
    [assignmentId, session.deck],
  );

  const refresh = useCallback(async () => {
    const query = new URLSearchParams(scope).toString();
    const result = await requestJson<StudySessionView>(
      `/api/flashcards/session${query ? `?${query}` : ""}`,
    );
    // No reply at all leaves the message about the conflict on screen.
    if (result.kind !== "retry") applyAndReload(result);
  }, [applyAndReload, scope]);

  const grade = useCallback(
    async (rating: RatingValue) => {
      if (!card || !revealed || pending) return;
      setMessage(undefined);
      setNotices([]);
      const requestId = crypto.randomUUID();
      const durationMs = Math.min(Date.now() - shownAt.current, 24 * 60 * 60 * 1000);
      const gradeHere = () => {
        const next = offline.gradeHere(card.cardId, rating, requestId, durationMs);
        if (!next) return false;
        setSession(next);
        setRevealed(false);
        heading.current?.focus();
        return true;
      };
      // The next card is already here: the grade goes out in the background.
      if ((offline.offline || offline.ready) && gradeHere()) return;
      setPending(true);
      const result = await post("/api/flashcards/reviews", {
        cardId: card.cardId,
        rating,
        requestId,
        expectedVersion: card.version,
        durationMs,
        ...scope,
      });
      // No network: the grade is kept on the device (the same request id, in case it landed).
      if (result.kind === "retry" && result.status === null && gradeHere()) {
        setPending(false);
        return;
      }
      if (result.kind === "rejected" && /already graded elsewhere/.test(result.error)) {
        setMessage({ tone: "info", text: result.error });
        await refresh();
      } else apply(result);
      setPending(false);
    },
    [apply, card, offline, pending, refresh, revealed, scope],
  );

  const { flush } = offline;
  /**
   * Sends the grades still on their way; true once none is left. Otherwise says so with
   * `notSaved` and ends the pending state: undo, study more and suspend wait for the last grade.
   */
  const gradesSaved = useCallback(
    async (notSaved: string) => {
      if (await flush()) return true;
      setMessage({ tone: "error", text: notSaved });
      setPending(false);
      return false;
    },
    [flush],
  );

  const studyMore = useCallback(async () => {
    setPending(true);
    setMessage(undefined);
    // A grade still on its way must land first, or the new session counts its card as new.
    if (!(await gradesSaved(TRY_AGAIN))) return;
    applyAndReload(await post("/api/flashcards/study-more", scope));
    setPending(false);
  }, [applyAndReload, gradesSaved, scope]);

  /**
   * Suspends the card shown (as Anki's "@" does): it leaves the learner's own study until
   * unsuspended, here (the message offers it) or on the Flashcards page. Not within an
   * assignment, which still shows it.
   */
  const canSuspend = Boolean(card) && !assignmentId;
  const setSuspended = useCallback(
    async (cardId: string, suspended: boolean) => {
      setPending(true);
      setMessage(undefined);
      // A grade still on its way lands first; then the session and the pack are read again.
      if (!(await gradesSaved(TRY_AGAIN))) return;
      const result = await requestJson(
        `/api/flashcards/cards/${encodeURIComponent(cardId)}/suspension`,
        { method: "PUT", body: { suspended } },
      );
      if (result.kind === "ok") {
        await refresh();
        setMessage(
          suspended
            ? {
                tone: "info",
                text:
                  "Card suspended: it stays out of your study, its schedule kept, until you " +
                  "unsuspend it (here, or under Suspended cards on the Flashcards page).",
                unsuspend: cardId,
              }
            : { tone: "info", text: "Card unsuspended: it is back in your study." },
        );
      } else {
        setMessage({
          tone: "error",
          text: result.kind === "retry" && result.status === null ? SUSPEND_OFFLINE : result.error,
        });
      }
      setPending(false);
    },
    [gradesSaved, refresh],
  );
  const suspend = useCallback(async () => {
    if (!card || assignmentId || pending) return;
    await setSuspended(card.cardId, true);
  }, [assignmentId, card, pending, setSuspended]);

  /**
   * U (and "Undo"): the last thing done. A suspend, whose message still offers to unsuspend
   * (a grade since would have replaced it), is undone by unsuspending the card, as Anki's undo
   * does; else the last grade.
   */
  const lastSuspended = message?.unsuspend;
  const undo = useCallback(async () => {
    if (pending) return;
    if (lastSuspended) return void (await setSuspended(lastSuspended, false));
    if (!session.canUndo) return;
    setPending(true);
    setMessage(undefined);
    // The grade to undo may still be on its way: it must be saved first.
    if (!(await gradesSaved("Your last grade is not saved yet; undo it once it is."))) return;
    const result = await post("/api/flashcards/undo", scope);
    applyAndReload(result);
    if (result.kind === "ok") setMessage({ tone: "info", text: "Last grade undone." });
    setPending(false);
  }, [applyAndReload, gradesSaved, lastSuspended, pending, session.canUndo, scope, setSuspended]);

  // A layout effect: the keys listen from the commit that shows the card and `data-hydrated`,
  // not from a later task (a passive effect after a client-side navigation runs after paint,
  // and a key pressed meanwhile was lost).
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      if ((event.key === " " || event.key === "Enter") && card && !revealed) {
        if (target.closest("button, a, summary")) return; // let focused controls do their own thing
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as RatingValue);
      } else if (event.key === "u" || event.key === "U") {
        event.preventDefault();
        void undo();
      } else if (event.key === "@") {
        event.preventDefault();
        void suspend();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, grade, revealed, suspend, undo]);

  const counts = (
    <dl className="flex gap-4 text-sm" aria-label="Cards left today">
      {(
        [
          ["New", session.counts.new, "text-sky-700 dark:text-sky-300"],
          ["Learning", session.counts.learning, "text-red-700 dark:text-red-300"],
          ["To review", session.counts.review, "text-emerald-700 dark:text-emerald-300"],
        ] as const
      ).map(([label, value, tone]) => (
        <div key={label} className="flex gap-1">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className={`font-semibold ${tone}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );

  return (
    <div
      className="mx-auto max-w-2xl space-y-4"
      data-hydrated={hydrated}
      data-pack-ready={offline.ready}
    >
      {session.assignment ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold">
            {session.assignment.reviewed} of {session.assignment.total}
          </span>{" "}
          cards of this assignment reviewed since it opened (reviews before it opened do not count).
          Only its cards are shown here, within your daily limits.
        </p>
      ) : null}
      {/* With no deck studied there is nothing to count or undo: the card below says so. */}
      {session.studying || session.canUndo || lastSuspended ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {counts}
          <div className="flex flex-wrap gap-1">
            {canSuspend ? (
              <button
                type="button"
                onClick={() => void suspend()}
                disabled={pending}
                className={buttonStyles.ghost}
              >
                Suspend card{" "}
                <kbd className="rounded border border-slate-300 px-1 text-xs dark:border-slate-600">
                  @
                </kbd>
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => void undo()}
              disabled={(!session.canUndo && !lastSuspended) || pending}
              aria-describedby={offline.offline ? "undo-offline" : undefined}
              className={buttonStyles.ghost}
            >
              {lastSuspended ? "Undo suspend" : "Undo last grade"}{" "}
              <kbd className="rounded border border-slate-300 px-1 text-xs dark:border-slate-600">
                U
              </kbd>
            </button>
            {/* Undo rewinds the server's copy, so it waits for the network; say why it is off. */}
            {offline.offline ? (
              <span id="undo-offline" className="text-xs text-slate-500 dark:text-slate-400">
                Undo works again once you are online.
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
      {offline.offline ? (
        <Alert>
          You are offline. Your grades are kept on this device and sent when you are back online (
          {offline.waiting} waiting).
        </Alert>
      ) : offline.stuck && offline.waiting ? (
        <Alert tone="error">
          {offline.waiting === 1 ? "1 grade is" : `${offline.waiting} grades are`} not saved yet:
          the server did not answer. Kept on this device, sent again{" "}
          {offline.syncing ? "now" : "in a few seconds"}.
        </Alert>
      ) : null}
      {/* Grades go out in the background: say when one is still on its way. */}
      <p role="status" className="min-h-4 text-xs text-slate-500 dark:text-slate-400">
        {!offline.offline && !offline.stuck && offline.waiting ? "Saving your grades…" : ""}
      </p>
      {notices.length ? (
        <Alert tone="success">
          <ul className="space-y-1">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {message ? (
        <Alert tone={message.tone}>
          {message.text}
          {message.unsuspend ? (
            <>
              {" "}
              <button
                type="button"
                onClick={() => void setSuspended(message.unsuspend!, false)}
                disabled={pending}
                className="font-semibold underline underline-offset-2"
              >
                Unsuspend it
              </button>
            </>
          ) : null}
        </Alert>
      ) : null}

      {card ? (
        <section aria-labelledby="card-front" className={`${cardStyles} min-h-72 p-8`}>
          <p
            className={cx(
              "text-xs font-medium uppercase tracking-wide text-slate-500",
              "dark:text-slate-400",
            )}
          >
            {card.deckName}
            {card.isNew ? " · new card" : ""}
          </p>
          {card.writtenByInstructor ? (
            <p className="mt-1 text-xs font-medium text-indigo-800 dark:text-indigo-300">
              Written by your instructor
            </p>
          ) : null}
          <h2
            id="card-front"
            ref={heading}
            tabIndex={-1}
            className="mt-4 text-center text-2xl font-semibold outline-none"
          >
            {card.front}
          </h2>
          {revealed ? (
            <div className="mt-6 border-t border-slate-200 pt-6 text-center dark:border-slate-800">
              <p id="card-back" ref={answer} className="text-xl" aria-live="polite">
                {card.back}
              </p>
              <div className="mt-4 text-left">
                {card.sources.map((source, i) => (
                  <Citation key={i} citation={source} />
                ))}
              </div>
            </div>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="done-heading" className={`${cardStyles} p-8 text-center`}>
          <h2
            id="done-heading"
            ref={heading}
            tabIndex={-1}
            className="text-xl font-semibold outline-none"
          >
            {session.studying ? "You're done for now" : "Nothing to study here yet"}
          </h2>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            {!session.studying
              ? "Add a deck to your study to get cards."
              : session.nextDueAt
                ? "The next card is due " +
                  describeDue(
                    session.nextDueAt,
                    new Date(session.serverNow).getTime(),
                    session.timeZone,
                  ) +
                  "."
                : session.newLimitReached
                  ? "You have reached today's limit of new cards."
                  : "No cards are scheduled."}
          </p>
          {session.studying && session.buried > 0 ? (
            <p className="mt-2 text-slate-600 dark:text-slate-400">
              {session.buried === 1
                ? "1 card comes back tomorrow: it shows the answer of a card you studied today."
                : `${session.buried} cards come back tomorrow: each shows the answer of a card ` +
                  "you studied today."}
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            {session.studying && session.newLimitReached && !offline.offline ? (
              <button
                type="button"
                onClick={() => void studyMore()}
                disabled={pending}
                className={buttonStyles.primary}
              >
                Study more (10 new cards)
              </button>
            ) : null}
            <Link href="/flashcards" className={buttonStyles.secondary}>
              Back to decks
            </Link>
          </div>
        </section>
      )}

      {card ? (
        revealed ? (
          <div
            ref={grades}
            role="group"
            aria-label="How well did you remember?"
            className={cx(
              "grid grid-cols-2 gap-2 sm:grid-cols-4",
              // On a phone a long answer pushed the grades below the screen, and each card
              // needed a scroll down to grade and back up to read: they stay in view instead.
              "max-sm:sticky max-sm:bottom-0 max-sm:-mx-4 max-sm:bg-slate-50/95 max-sm:px-4",
              "max-sm:py-2 max-sm:dark:bg-slate-950/95",
            )}
          >
            {RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                disabled={pending}
                onClick={() => void grade(rating)}
                className={cx(
                  "flex flex-col items-center rounded-lg border px-3 py-3 text-sm font-semibold",
                  "disabled:opacity-60",
                  RATING_STYLES[rating],
                )}
                aria-label={
                  `${RATING_LABELS[rating]}: again in ${card.intervals[rating]} ` +
                  `(key ${rating})`
                }
              >
                <span>{RATING_LABELS[rating]}</span>
                <span className="text-xs font-normal opacity-80">{card.intervals[rating]}</span>
                <kbd className="mt-1 text-[10px] font-normal opacity-60">{rating}</kbd>
              </button>
            ))}
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setRevealed(true)}
            className={`${buttonStyles.primary} w-full py-3`}
          >
            Show answer{" "}
            <kbd className="ml-2 rounded border border-white/40 px-1 text-xs">Space</kbd>
          </button>
        )
      ) : null}
      <p className="text-center text-xs text-slate-500 dark:text-slate-400">
        Keyboard: Space shows the answer · 1 Again · 2 Hard · 3 Good · 4 Easy · U undo
        {canSuspend ? " · @ suspend" : ""}
      </p>
    </div>
  );
}
