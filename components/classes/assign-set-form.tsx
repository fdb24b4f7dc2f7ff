"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/schemas/auth";
import { MAX_ATTEMPTS_ALLOWED } from "@/lib/schemas/classes";
import { sendRequest } from "./send-request";

export type AssignableSet = { id: string; name: string; kind: "quiz" | "flashcards"; size: number };

type Props = {
  classId: string;
  sets: AssignableSet[];
  /** The instructor's zone: the dates typed are wall-clock times there. */
  timeZone: string;
  /** "YYYY-MM-DDTHH:mm" in timeZone. */
  defaultOpensAt: string;
  defaultDueAt: string;
};

/**
 * Assigns one of the instructor's sets to the class. Dates are sent as typed, with the zone,
 * and converted on the server, so what the instructor typed is what the class gets, whatever
 * zone the browser happens to be in.
 */
export function AssignSetForm({ classId, sets, timeZone, defaultOpensAt, defaultDueAt }: Props) {
  const router = useRouter();
  const [setId, setSetId] = useState("");
  const [opensAt, setOpensAt] = useState(defaultOpensAt);
  const [dueAt, setDueAt] = useState(defaultDueAt);
  const [attempts, setAttempts] = useState("");
  const [lateCounts, setLateCounts] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const chosen = sets.find((s) => s.id === setId);
  const isFlashcards = chosen?.kind === "flashcards";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setDone(undefined);
    setFieldErrors({});
    const trimmed = attempts.trim();
    const result = await sendRequest("/api/assignments", "POST", {
      classId,
      setId,
      opensAt,
      dueAt,
      timeZone,
      // Empty means unlimited; anything else goes as typed so the server's message explains it.
      attemptsAllowed: isFlashcards || trimmed === "" ? null : Number(trimmed),
      lateCounts,
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setDone(`${chosen?.name ?? "The set"} is assigned.`);
    setSetId("");
    router.refresh();
  }

  if (sets.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You have no sets to assign yet.{" "}
        <Link
          href="/sets"
          className="font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          Build a quiz or flashcard set
        </Link>{" "}
        first.
      </p>
    );
  }

  const errorText = (name: string) =>
    fieldErrors[name]?.length ? (
      <p id={`assign-${name}-error`} className="text-sm text-red-600 dark:text-red-400">
        {fieldErrors[name]!.join(" ")}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} aria-labelledby="assign-set-heading" className="space-y-4" noValidate>
      <h3 id="assign-set-heading" className="text-lg font-semibold">
        Assign a set
      </h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}

      <div className="space-y-1.5">
        <label htmlFor="assign-setId" className="block text-sm font-medium">
          Set
        </label>
        <select
          id="assign-setId"
          className={inputStyles}
          value={setId}
          onChange={(e) => setSetId(e.target.value)}
          required
          aria-invalid={fieldErrors.setId?.length ? true : undefined}
          aria-describedby={fieldErrors.setId?.length ? "assign-setId-error" : undefined}
        >
          <option value="">Choose a set…</option>
          {(["quiz", "flashcards"] as const).map((kind) => {
            const ofKind = sets.filter((s) => s.kind === kind);
            return ofKind.length ? (
              <optgroup key={kind} label={kind === "quiz" ? "Quiz sets" : "Flashcard sets"}>
                {ofKind.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.size} {kind === "quiz" ? "questions" : "cards"})
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
        {errorText("setId")}
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Dates</legend>
        <p id="assign-zone-hint" className="text-xs text-slate-500 dark:text-slate-400">
          Times are in your time zone, <strong>{timeZone}</strong>. Each learner sees them in their
          own.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            label="Opens"
            name="opensAt"
            id="assign-opensAt"
            type="datetime-local"
            required
            value={opensAt}
            onChange={(e) => setOpensAt(e.target.value)}
            errors={fieldErrors.opensAt}
          />
          <FormField
            label="Due"
            name="dueAt"
            id="assign-dueAt"
            type="datetime-local"
            required
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
            errors={fieldErrors.dueAt}
          />
        </div>
        {errorText("timeZone")}
      </fieldset>

      <FormField
        label="Attempts allowed"
        name="attemptsAllowed"
        id="assign-attemptsAllowed"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_ATTEMPTS_ALLOWED}
        step={1}
        placeholder="Unlimited"
        disabled={isFlashcards}
        value={isFlashcards ? "" : attempts}
        onChange={(e) => setAttempts(e.target.value)}
        errors={fieldErrors.attemptsAllowed}
        hint={
          isFlashcards
            ? "Flashcard sets are studied, not attempted: no limit applies."
            : `Leave empty for unlimited attempts (at most ${MAX_ATTEMPTS_ALLOWED}).`
        }
      />

      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={lateCounts}
            onChange={(e) => setLateCounts(e.target.checked)}
            aria-describedby="assign-lateCounts-hint"
          />
          Late work counts
        </label>
        <p id="assign-lateCounts-hint" className="text-xs text-slate-500 dark:text-slate-400">
          Learners can always finish after the due date; this decides whether late attempts count
          towards their score.
        </p>
        {errorText("lateCounts")}
      </div>

      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Assigning…" : "Assign set"}
      </button>
    </form>
  );
}
