"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { forgetQuizAttempts } from "@/lib/client/offline-storage-keys";
import {
  pruneSavedAnswers,
  rememberPlace,
  rememberSavedAnswer,
  savedAnswerAt,
  savedSince,
  SAVED_ANSWERS_MAX_AGE_MS,
} from "@/lib/client/saved-answers";
import { requestJson } from "@/lib/client/request-json";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import type { PublicQuestion, Response } from "@/lib/domain/questions/types";
import type { AttemptPlace, QuestionFeedback, QuizPlayerView } from "@/lib/domain/quiz/player-view";
import { sameResponse } from "@/lib/domain/quiz/same-response";
import { AnswerReview } from "./answer-review";
import { answeredElsewhereNote } from "./answered-elsewhere-note";
import { isAnswered } from "./is-answered";
import { clearDraft, loadDrafts, saveDraft } from "./practice-drafts";
import { QuestionControl } from "./question-control";
import { QuestionNavigator } from "./question-navigator";
import { QuizHeader } from "./quiz-header";
import type { OutboxEvent } from "@/lib/client/response-outbox";
import { SubmitDialog } from "./submit-dialog";
import { toggleOption } from "./toggle-option";
import { useQuizShortcuts } from "./use-quiz-shortcuts";
import { useQuizTimer } from "./use-quiz-timer";
import { useResponseOutbox } from "./use-response-outbox";
import { useAnswerChannel, type AnsweredMessage } from "./use-answer-channel";
import { cx } from "@/components/ui/cx";

/**
 * Typed answers are saved once typing pauses this long (and at once on Enter or leaving the field).
 */
const TYPING_PAUSE_MS = 600;

/** The keys named in the keyboard hint under the player. */
const keyStyle = "font-mono";

type Phase = "playing" | "submitting" | "time-up";

function withoutPosition(set: ReadonlySet<number>, position: number): ReadonlySet<number> {
  if (!set.has(position)) return set;
  const next = new Set(set);
  next.delete(position);
  return next;
}

/**
 * The answer a practice "Check answer" sends: an untouched ordering is the order on screen;
 * an empty answer is nothing to check.
 */
function answerToCheck(question: PublicQuestion, draft: Response | undefined): Response | null {
  if (question.kind === "ordering" && (!draft || draft.kind !== "ordering")) {
    return { kind: "ordering", itemIds: question.items.map((item) => item.id) };
  }
  return isAnswered(draft) && draft.kind === question.kind ? draft : null;
}

/** This browser's storage, or null where it is blocked (private mode, policy). */
function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps something on the device, if it can (nothing is lost: the server has it). */
function remember(write: (storage: Storage) => void) {
  const storage = deviceStorage();
  if (storage) write(storage);
}

/** The attempt is over: its drafts and answers kept in this browser's storage go. */
function forgetOnDevice(attemptId: string) {
  remember((storage) => forgetQuizAttempts(storage, attemptId));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A full navigation rather than router.push: it drops the player (its queue and timers) and
 * lets the server render the results, or send the learner back here if the attempt is open.
 */
function openPage(url: string) {
  window.location.assign(url);
}

/**
 * The quiz player: one question at a time, every answer saved as soon as it is given.
 *
 * - Practice: the learner checks each answer and gets the verdict, the key, the explanation
 *   and its sources; a checked answer is final (the server refuses a different one).
 * - Exam: no feedback; answers may change until submission; a navigator, flags for review
 *   and, when timed, a countdown that submits at zero (the server enforces the limit anyway).
 *
 * Answers go through a queue mirrored in localStorage (lib/client/response-outbox.ts), so a
 * reload, a closed tab or a lost connection resumes with the same answers; the server records
 * a re-sent identical answer once, which makes double clicks and retries harmless. An answer
 * the server refuses (4xx) is shown as not saved, with the reason, until the learner changes it.
 */
export function QuizPlayer({ view }: { view: QuizPlayerView }) {
  const { attemptId, mode, questions } = view;
  const practice = mode === "practice";
  const count = questions.length;
  const api = `/api/quiz-attempts/${encodeURIComponent(attemptId)}`;
  const resultsUrl = `/quizzes/${encodeURIComponent(attemptId)}/results`;
  const feedbackHeadingId = `${useId()}-feedback`;

  const [position, setPosition] = useState(() =>
    Math.min(Math.max(view.currentPosition, 0), Math.max(count - 1, 0)),
  );
  const [answers, setAnswers] = useState<ReadonlyMap<number, Response>>(
    () => new Map(view.responses.map((r) => [r.position, r.response])),
  );
  const [feedback, setFeedback] = useState<ReadonlyMap<number, QuestionFeedback>>(
    () =>
      new Map(
        view.responses.flatMap((r): [number, QuestionFeedback][] =>
          r.feedback ? [[r.position, r.feedback]] : [],
        ),
      ),
  );
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(() => new Set(view.flaggedPositions));
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>("playing");
  const [confirmOpen, setConfirmOpen] = useState(false);
  // Practice: positions whose answer is an unchecked draft kept on this device only.
  const [drafts, setDrafts] = useState<ReadonlySet<number>>(() => new Set());
  const [conflictNote, setConflictNote] = useState<string | null>(null);

  // Read by async handlers, which must see the newest value rather than their render's.
  const positionRef = useRef(position);
  const serverKnows = useRef(new Set(view.responses.map((r) => r.position)));
  const focusFeedbackFor = useRef<number | null>(null);
  const finishing = useRef(false);
  const bookmark = useRef(position);
  const bookmarkSent = useRef<Promise<void>>(Promise.resolve());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const controlRef = useRef<HTMLDivElement>(null);

  const { outbox, state: sync } = useResponseOutbox(attemptId, handleOutboxEvent);
  const tellOtherTabs = useAnswerChannel(attemptId, practice, (message) =>
    showAnsweredElsewhere(message, "broadcast"),
  );
  const { remainingMs, announcement } = useQuizTimer(
    view.deadlineAt,
    view.serverNow,
    () => void finish("time-up"),
  );

  const question = questions[position];
  const answerOf = (p: number) => answers.get(p) ?? null;
  // An answer the server refused is shown but not counted: it is not stored.
  const answeredAt = (p: number) =>
    practice
      ? feedback.has(p) || sync.pending.has(p)
      : isAnswered(answers.get(p)) && !sync.refused.has(p);
  const answeredCount = questions.reduce((n, _, p) => n + (answeredAt(p) ? 1 : 0), 0);
  const unanswered = questions.flatMap((_, p) => (answeredAt(p) ? [] : [p]));
  // Practice: unanswered questions holding an answer picked but not checked yet.
  const uncheckedDrafts = practice
    ? unanswered.filter((p) => drafts.has(p) && answerToCheck(questions[p]!, answers.get(p)))
    : [];
  const currentFeedback = feedback.get(position);
  const refusedReason = sync.refused.get(position);
  const checking = practice && !currentFeedback && sync.pending.has(position);
  const playing = phase === "playing";
  const locked = !playing || (practice && (currentFeedback !== undefined || checking));
  const isLast = position === count - 1;

  // Focus follows the question, so screen readers start reading at the new one.
  useEffect(() => {
    if (positionRef.current === position) return;
    positionRef.current = position;
    headingRef.current?.focus();
  }, [position]);

  // A verdict that arrives for the question on screen takes focus, so it is read out.
  useEffect(() => {
    if (focusFeedbackFor.current !== position || !feedback.has(position)) return;
    focusFeedbackFor.current = null;
    document.getElementById(feedbackHeadingId)?.focus();
  }, [feedback, position, feedbackHeadingId]);

  useQuizShortcuts({ onDigit: pickByNumber, onEnter: primaryAction }, playing && !confirmOpen);

  // What this browser keeps (which the server render cannot see), read once after hydration:
  // first the answers it saw confirmed after this copy of the page was made (a copy the service
  // worker kept, reopened offline, lacks them; lib/client/saved-answers.ts), then the drafts.
  useEffect(() => {
    const storage = deviceStorage();
    if (!storage) return;
    pruneSavedAnswers(storage, Date.now(), SAVED_ANSWERS_MAX_AGE_MS);
    const { answers: newer, place } = savedSince(storage, attemptId, view.serverNow);
    const merged = newer.filter(([p, saved]) => {
      const question = questions[p];
      if (!question || saved.response.kind !== question.kind) return false;
      if (!practice) return !outbox.has(p); // an answer not sent yet is newer still
      // Practice: a checked answer is final; the server's copy of the page wins if it has one.
      if (serverKnows.current.has(p) || saved.feedback?.question.publicId !== question.publicId)
        return false;
      outbox.discard(p); // answered again on the old copy: the saved answer stands
      return true;
    });
    for (const [p] of merged) serverKnows.current.add(p);
    if (merged.length) {
      setAnswers((previous) => {
        const next = new Map(previous);
        for (const [p, saved] of merged) next.set(p, saved.response);
        return next;
      });
      if (practice)
        setFeedback((previous) => {
          const next = new Map(previous);
          for (const [p, saved] of merged) if (saved.feedback) next.set(p, saved.feedback);
          return next;
        });
    }
    if (place && place.currentPosition < questions.length) {
      // The server has this place already: no bookmark of the old copy's goes out after it.
      bookmark.current = place.currentPosition;
      setPosition(place.currentPosition);
      setFlagged(new Set(place.flaggedPositions.filter((p) => p < questions.length)));
    }

    if (!practice) return;
    const open = questions.flatMap((_, p) => (serverKnows.current.has(p) ? [] : [p]));
    const kept = loadDrafts(attemptId, open);
    for (const p of serverKnows.current) clearDraft(attemptId, p);
    if (kept.length === 0) return;
    setAnswers((previous) => new Map([...previous, ...kept]));
    setDrafts(new Set(kept.map(([p]) => p)));
  }, [attemptId, practice, questions, view.serverNow, outbox]);

  /**
   * Practice: another tab or window answered this question first (we hear it from that tab,
   * or from the server refusing ours), and a checked answer is final. The stored answer and its
   * verdict replace whatever this tab shows, and the learner is told, without a reload.
   */
  function showAnsweredElsewhere(message: AnsweredMessage, via: "broadcast" | "server") {
    const p = message.position;
    if (via === "broadcast" && feedback.has(p)) return; // this tab knows it already
    const hadOwn = via === "server" || drafts.has(p) || outbox.has(p);
    // The server's answer may be this device's own, saved after this copy of the page was made.
    const storage = deviceStorage();
    const savedHere = via === "server" && storage ? savedAnswerAt(storage, attemptId, p) : null;
    const earlierHere = savedHere !== null && sameResponse(savedHere.response, message.response);
    serverKnows.current.add(p);
    outbox.discard(p);
    clearDraft(attemptId, p);
    setDrafts((previous) => withoutPosition(previous, p));
    setAnswers((previous) => new Map(previous).set(p, message.response));
    setFeedback((previous) => new Map(previous).set(p, message.feedback));
    setConflictNote(answeredElsewhereNote(p, { earlierHere, hadOwn }));
  }

  function handleOutboxEvent(event: OutboxEvent) {
    switch (event.type) {
      case "restored": {
        // Practice answers are final: one the server already graded wins over a stale copy.
        const stale = event.entries.filter(([p]) => practice && feedback.has(p));
        for (const [p] of stale) outbox.discard(p);
        const fresh = event.entries.filter(([p]) => !(practice && feedback.has(p)));
        if (fresh.length === 0) return;
        setAnswers((previous) => {
          const next = new Map(previous);
          for (const [p, response] of fresh) next.set(p, response);
          return next;
        });
        // Saving an answer moves the server's bookmark to it; put it back where the learner is.
        rememberPosition(positionRef.current);
        return;
      }
      case "saved": {
        serverKnows.current.add(event.position);
        setError(null);
        const graded = event.result.feedback;
        const elsewhere = event.result.answeredElsewhere;
        // What the server holds now, for a copy of this page reopened later (offline); kept
        // after the note below has read what this device saved before.
        const keep = () =>
          remember((storage) =>
            rememberSavedAnswer(storage, attemptId, event.position, {
              response: elsewhere?.response ?? event.response,
              ...(practice && graded ? { feedback: graded } : {}),
              savedAt: event.result.savedAt,
            }),
          );
        if (practice && graded && elsewhere) {
          showAnsweredElsewhere(
            { position: event.position, response: elsewhere.response, feedback: graded },
            "server",
          );
          keep();
          return;
        }
        keep();
        if (graded) {
          tellOtherTabs({ position: event.position, response: event.response, feedback: graded });
          clearDraft(attemptId, event.position);
          setDrafts((previous) => withoutPosition(previous, event.position));
          setFeedback((previous) => new Map(previous).set(event.position, graded));
          setAnswers((previous) => new Map(previous).set(event.position, event.response));
          if (event.position === positionRef.current) focusFeedbackFor.current = event.position;
        }
        return;
      }
      case "conflict":
        // The quiz is over (submitted in another tab, or its time ran out): nothing this device
        // kept of it is wanted any more.
        forgetOnDevice(attemptId);
        if (practice) {
          // The server's page shows where to go.
          window.location.reload();
        } else {
          outbox.clear();
          openPage(resultsUrl);
        }
        return;
      case "rejected":
        setError(
          event.status === 401
            ? `${event.error} Your answers are kept on this device ` +
                "and will be sent once you are signed in again."
            : `Question ${event.position + 1} could not be saved: ${event.error}`,
        );
        return;
    }
  }

  /**
   * Tells the server where the learner is (fire and forget), after any queued answers. One
   * bookmark is on its way at a time, in the order they were made: two sent together could land
   * out of order and leave the server, and the copy kept here for offline use, on the earlier
   * question. A bookmark overtaken while it waited is not sent.
   */
  function rememberPosition(p: number) {
    bookmark.current = p;
    bookmarkSent.current = bookmarkSent.current
      // One overtaken already waits for nothing: only the newest waits for the answers.
      .then(() => (bookmark.current === p ? outbox.drain({ timeoutMs: 5_000 }) : undefined))
      .then(async () => {
        if (bookmark.current !== p) return;
        const result = await requestJson<AttemptPlace>(api, {
          method: "PATCH",
          body: { currentPosition: p },
        });
        if (result.kind === "ok")
          remember((storage) => rememberPlace(storage, attemptId, result.data));
      })
      // A link that failed must not stop the ones after it (the server's bookmark is a nicety).
      .catch(() => undefined);
  }

  function goTo(next: number) {
    if (next < 0 || next >= count || next === position) return;
    // A typed answer waiting for its pause is sent before the learner leaves it.
    outbox.flushNow();
    setPosition(next);
    rememberPosition(next);
  }

  function handleChange(response: Response) {
    if (locked) return;
    const p = position;
    setAnswers((previous) => new Map(previous).set(p, response));
    // Practice: a draft until "Check answer", kept on this device so a reload shows it.
    if (practice) {
      const kept = isAnswered(response);
      saveDraft(attemptId, p, kept ? response : null);
      setDrafts((previous) => (kept ? new Set(previous).add(p) : withoutPosition(previous, p)));
      return;
    }
    const typed = response.kind === "cloze" || response.kind === "short-answer";
    // An answer emptied before it ever left the browser needs no blank row on the server.
    if (isAnswered(response) || serverKnows.current.has(p) || outbox.has(p)) {
      outbox.put(p, response, typed ? TYPING_PAUSE_MS : 0);
    }
  }

  function handleCommit(reason: "enter" | "blur") {
    if (practice) {
      if (reason === "enter") primaryAction();
      return;
    }
    outbox.flushNow();
    if (reason === "enter") primaryAction();
  }

  function check() {
    if (!practice || !playing || !question) return;
    const p = position;
    // outbox.has is live, unlike the rendered state: a double click sends once.
    if (feedback.has(p) || outbox.has(p)) return;
    const response = answerToCheck(question, answers.get(p));
    if (!response) return;
    setAnswers((previous) => new Map(previous).set(p, response));
    setError(null);
    outbox.put(p, response);
  }

  function advance() {
    if (isLast) requestSubmit();
    else goTo(position + 1);
  }

  function primaryAction() {
    if (!playing) return;
    if (!practice) return advance();
    if (currentFeedback) return advance();
    if (!checking) check();
  }

  function pickByNumber(n: number) {
    if (locked || !question) return;
    const value = answers.get(position);
    let response: Response | null = null;
    switch (question.kind) {
      case "single-choice":
      case "which-programme": {
        const option = question.options[n - 1];
        if (option) response = { kind: question.kind, optionId: option.id };
        break;
      }
      case "true-false":
        if (n <= 2) response = { kind: "true-false", value: n === 1 };
        break;
      case "multiple-select": {
        const option = question.options[n - 1];
        const current = value?.kind === "multiple-select" ? value.optionIds : [];
        if (option)
          response = {
            kind: "multiple-select",
            optionIds: toggleOption(question.options, current, option.id),
          };
        break;
      }
      default:
        return;
    }
    if (!response) return;
    handleChange(response);
    // Focus the option picked, so a screen reader says what was chosen.
    controlRef.current
      ?.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")
      [n - 1]?.focus();
  }

  async function toggleFlag() {
    const p = position;
    const flag = !flagged.has(p);
    const apply = (on: boolean) =>
      setFlagged((previous) => {
        const next = new Set(previous);
        if (on) next.add(p);
        else next.delete(p);
        return next;
      });
    apply(flag);
    const result = await requestJson<AttemptPlace>(api, {
      method: "PATCH",
      body: { flag: { position: p, flagged: flag } },
    });
    if (result.kind === "ok") {
      remember((storage) => rememberPlace(storage, attemptId, result.data));
      return;
    }
    apply(!flag);
    if (result.kind === "rejected" && result.status === 409) return openPage(resultsUrl);
    setError(
      result.kind === "rejected"
        ? result.error
        : "The flag could not be saved: no connection. Try again when you are back online.",
    );
  }

  /**
   * "Check them and see results": the drafts the finish dialog named are sent as answers (as
   * "Check answer" would), then the quiz finishes once they have reached the server.
   */
  function checkDraftsAndFinish() {
    if (!practice || !playing) return;
    for (const p of uncheckedDrafts) {
      if (feedback.has(p) || outbox.has(p)) continue;
      const response = answerToCheck(questions[p]!, answers.get(p));
      if (!response) continue;
      setAnswers((previous) => new Map(previous).set(p, response));
      outbox.put(p, response);
    }
    void finish("learner");
  }

  function requestSubmit() {
    if (practice && unanswered.length === 0) void finish("learner");
    else setConfirmOpen(true);
  }

  /** Sends what is queued, submits, and opens the results; at time-up it keeps trying. */
  async function finish(reason: "learner" | "time-up") {
    if (finishing.current) return;
    finishing.current = true;
    setPhase(reason === "time-up" ? "time-up" : "submitting");
    setError(null);
    const sent = await outbox.drain({
      force: true,
      timeoutMs: reason === "time-up" ? 4_000 : 15_000,
    });
    if (!sent && reason === "learner") {
      setError(
        "Some answers have not reached the server yet. They are kept on this " +
          "device: submit again when the connection is back.",
      );
    } else {
      for (let attempt = 0; ; attempt++) {
        const result = await requestJson<{ attemptId: string }>(`${api}/submit`, {
          method: "POST",
        });
        if (result.kind === "ok") {
          outbox.clear();
          forgetOnDevice(attemptId);
          openPage(resultsUrl);
          return;
        }
        if (result.kind === "rejected") {
          setError(result.error);
          break;
        }
        if (reason === "learner") {
          setError(
            "We could not reach the server to submit. Your answers are kept: try " +
              "again when the connection is back.",
          );
          break;
        }
        // Time is up and the server has the answers: keep trying until it hears the submission.
        await wait(Math.min(30_000, 1_000 * 2 ** attempt));
      }
    }
    finishing.current = false;
    setConfirmOpen(false);
    if (reason === "learner") setPhase("playing");
  }

  if (!question) {
    return <Alert tone="error">This quiz has no questions.</Alert>;
  }

  const value = answerOf(position);
  const draftToCheck = practice
    ? answerToCheck(question, answers.get(position) ?? undefined)
    : null;
  const primaryLabel = practice
    ? currentFeedback
      ? isLast
        ? "See results"
        : "Next question"
      : checking
        ? sync.status === "offline" || sync.status === "retrying"
          ? "Waiting for the server…"
          : "Checking…"
        : "Check answer"
    : isLast
      ? "Review and submit"
      : "Next question";
  const primaryDisabled = !playing || (practice && !currentFeedback && (checking || !draftToCheck));

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <QuizHeader
        title={view.title}
        position={position}
        count={count}
        answered={answeredCount}
        saveStatus={sync.status}
        draft={practice && drafts.has(position) && !currentFeedback && !checking}
        remainingMs={remainingMs}
        timerAnnouncement={announcement}
      />

      {phase === "time-up" ? <Alert tone="info">Time is up. Submitting your answers…</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {conflictNote ? <Alert tone="info">{conflictNote}</Alert> : null}

      <section aria-labelledby="quiz-question-heading" className={`${cardStyles} space-y-5`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2
            id="quiz-question-heading"
            ref={headingRef}
            tabIndex={-1}
            className={cx(
              "text-sm font-semibold uppercase tracking-wide text-slate-500",
              "dark:text-slate-400",
            )}
          >
            Question {position + 1}
            {/* The header already shows "of N"; a screen reader landing here gets it too. */}
            <span className="sr-only">
              {" "}
              of {count} ({KIND_LABELS[question.kind]})
            </span>
            <span aria-hidden="true" className="ml-2 font-normal normal-case tracking-normal">
              · {KIND_LABELS[question.kind]}
            </span>
          </h2>
          {practice ? null : (
            <button
              type="button"
              aria-pressed={flagged.has(position)}
              onClick={() => void toggleFlag()}
              disabled={!playing}
              className={`${buttonStyles.ghost} min-h-11 border ${
                flagged.has(position)
                  ? cx(
                      "border-amber-400 bg-amber-50 text-amber-900 hover:bg-amber-100",
                      "dark:border-amber-600 dark:bg-amber-950/50 dark:text-amber-200",
                      "dark:hover:bg-amber-950",
                    )
                  : "border-slate-300 dark:border-slate-700"
              }`}
            >
              <span aria-hidden="true">⚑</span>
              {flagged.has(position) ? "Flagged for review" : "Flag for review"}
            </button>
          )}
        </div>

        {view.customPositions.includes(position) ? (
          <p className="text-xs font-medium text-indigo-800 dark:text-indigo-300">
            Written by your instructor
          </p>
        ) : question.beyondSource ? (
          <p className="text-xs text-amber-800 dark:text-amber-300">
            This question draws on facts from beyond the source document.
          </p>
        ) : null}

        <div ref={controlRef}>
          <QuestionControl
            key={position}
            question={question}
            value={value}
            onChange={handleChange}
            onCommit={handleCommit}
            disabled={locked}
            feedback={currentFeedback}
          />
        </div>

        {refusedReason !== undefined ? (
          <Alert tone="error">
            Not saved: {refusedReason} Change your answer to save it again.
          </Alert>
        ) : null}

        {checking ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {sync.status === "offline" || sync.status === "retrying"
              ? "Your answer is kept on this device and will be checked as soon as the " +
                "server can be reached."
              : "Checking your answer…"}
          </p>
        ) : null}

        <div
          className={cx(
            "flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4",
            "dark:border-slate-800",
          )}
        >
          <button
            type="button"
            className={`${buttonStyles.secondary} min-h-11`}
            onClick={() => goTo(position - 1)}
            disabled={position === 0 || !playing}
          >
            <span aria-hidden="true">←</span> Previous
          </button>
          {practice && !currentFeedback && !isLast ? (
            <button
              type="button"
              className={`${buttonStyles.ghost} min-h-11`}
              onClick={() => goTo(position + 1)}
              disabled={!playing}
            >
              Skip <span aria-hidden="true">→</span>
            </button>
          ) : null}
          <button
            type="button"
            className={cx(
              buttonStyles.primary,
              "order-first min-h-11 w-full sm:order-none sm:ml-auto sm:w-auto",
            )}
            onClick={primaryAction}
            disabled={primaryDisabled}
          >
            {primaryLabel}
            {primaryLabel === "Next question" ? <span aria-hidden="true">→</span> : null}
          </button>
        </div>
      </section>

      {/* Below the buttons, so the verdict appearing moves nothing the learner is aiming at. */}
      {currentFeedback ? (
        <AnswerReview
          question={currentFeedback.question}
          response={answers.get(position) ?? null}
          score={currentFeedback.score}
          correct={currentFeedback.correct}
          detail={currentFeedback.detail}
          showPrompt={false}
          headingId={feedbackHeadingId}
        />
      ) : null}

      {practice ? null : (
        <div className={`${cardStyles} space-y-4`}>
          <QuestionNavigator
            count={count}
            current={position}
            isAnswered={answeredAt}
            flagged={flagged}
            onJump={goTo}
            disabled={!playing}
          />
          <div
            className={cx(
              "flex flex-wrap items-center justify-between gap-3 border-t",
              "border-slate-200 pt-4 dark:border-slate-800",
            )}
          >
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {unanswered.length ? `${unanswered.length} unanswered` : "All answered"}
              {flagged.size ? ` · ${flagged.size} flagged` : ""}
            </p>
            <button
              type="button"
              className={`${buttonStyles.primary} min-h-11`}
              onClick={() => setConfirmOpen(true)}
              disabled={!playing}
            >
              Submit exam
            </button>
          </div>
        </div>
      )}

      {practice && unanswered.length < count && !isLast ? (
        <div className="flex justify-end">
          <button
            type="button"
            className={`${buttonStyles.ghost} min-h-11`}
            onClick={requestSubmit}
            disabled={!playing}
          >
            Finish now and see results
          </button>
        </div>
      ) : null}

      <p className="hidden text-xs text-slate-500 sm:block dark:text-slate-400">
        Keyboard: <kbd className={keyStyle}>1</kbd>–<kbd className={keyStyle}>9</kbd> choose ·{" "}
        <kbd className={keyStyle}>Enter</kbd> {practice ? "check / next" : "next"}
      </p>

      <SubmitDialog
        open={confirmOpen}
        mode={mode}
        count={count}
        unanswered={unanswered}
        drafts={uncheckedDrafts}
        flagged={[...flagged].sort((a, b) => a - b)}
        busy={phase !== "playing"}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => void finish("learner")}
        onCheckDrafts={checkDraftsAndFinish}
        onJump={(p) => {
          setConfirmOpen(false);
          goTo(p);
        }}
      />
    </div>
  );
}
