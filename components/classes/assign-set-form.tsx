"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { LateCountsField } from "./late-counts-field";
import { LabelledField } from "@/components/ui/labelled-field";
import { buttonStyles, inputStyles, linkStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { createAssignmentSchema, MAX_ATTEMPTS_ALLOWED } from "@/lib/schemas/classes";

export type AssignableSet = {
  id: string;
  name: string;
  kind: "quiz" | "flashcards";
  /** What the list shows: name and size, and when sets share a name, when each was made. */
  label: string;
};

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
  const [done, setDone] = useState<string>();
  const setNamed = (id: string) => sets.find((s) => s.id === id);
  const { form, formProps, alertRef, formError, pending, field, errorOf } = useJsonForm({
    schema: createAssignmentSchema,
    defaultValues: {
      setId: "",
      opensAt: defaultOpensAt,
      dueAt: defaultDueAt,
      /** As typed: empty means unlimited. */
      attemptsAllowed: "",
      lateCounts: false,
    },
    toInput: ({ attemptsAllowed, ...fields }) => ({
      ...fields,
      classId,
      timeZone,
      // Anything but empty goes as typed, so the schema's message explains what is wrong.
      attemptsAllowed:
        setNamed(fields.setId)?.kind === "flashcards" || attemptsAllowed.trim() === ""
          ? null
          : Number(attemptsAllowed.trim()),
    }),
    submit: (input) => requestJson("/api/assignments", { method: "POST", body: input }),
    onSuccess: (_assignment, input) => {
      setDone(`${setNamed(input.setId)?.name ?? "The set"} is assigned.`);
      form.resetField("setId");
      router.refresh();
    },
  });
  const chosen = setNamed(useWatch({ control: form.control, name: "setId" }));
  const isFlashcards = chosen?.kind === "flashcards";
  // The last success, until the next submit starts or fails.
  const succeeded = form.formState.isSubmitSuccessful && !pending;
  // The set list empties and the button is pressed: focus moves to the message that says what
  // happened, which is read out, instead of falling to the page's body.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (succeeded && done) doneRef.current?.focus();
  }, [succeeded, done]);

  if (sets.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You have no sets to assign yet.{" "}
        <Link href="/sets" className={linkStyles}>
          Build a quiz or flashcard set
        </Link>{" "}
        first.
      </p>
    );
  }

  return (
    <form {...formProps} aria-labelledby="assign-set-heading" className="space-y-4">
      <h3 id="assign-set-heading" className="text-lg font-semibold">
        Assign a set
      </h3>
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      {succeeded && done ? (
        <Alert tone="success" ref={doneRef}>
          {done}
        </Alert>
      ) : null}

      <LabelledField label="Set" name="setId" id="assign-setId" error={errorOf("setId")}>
        {(control) => (
          <select className={inputStyles} required {...control} {...form.register("setId")}>
            <option value="">Choose a set…</option>
            {(["quiz", "flashcards"] as const).map((kind) => {
              const ofKind = sets.filter((s) => s.kind === kind);
              return ofKind.length ? (
                <optgroup key={kind} label={kind === "quiz" ? "Quiz sets" : "Flashcard sets"}>
                  {ofKind.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
        )}
      </LabelledField>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Dates</legend>
        <p id="assign-zone-hint" className="text-xs text-slate-500 dark:text-slate-400">
          Times are in your time zone, <strong>{timeZone}</strong>. Each learner sees them in their
          own.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            label="Opens"
            id="assign-opensAt"
            type="datetime-local"
            required
            {...field("opensAt")}
          />
          <FormField
            label="Due"
            id="assign-dueAt"
            type="datetime-local"
            required
            {...field("dueAt")}
          />
        </div>
      </fieldset>

      {/* A flashcard set has no limit: the box shows none, and what was typed comes back if a
          quiz set is chosen again. */}
      <Controller
        control={form.control}
        name="attemptsAllowed"
        render={({ field: attempts }) => (
          <FormField
            label="Attempts allowed"
            id="assign-attemptsAllowed"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_ATTEMPTS_ALLOWED}
            step={1}
            placeholder="Unlimited"
            {...attempts}
            disabled={isFlashcards}
            value={isFlashcards ? "" : attempts.value}
            error={errorOf("attemptsAllowed")}
            hint={
              isFlashcards
                ? "Flashcard sets are studied, not attempted: no limit applies."
                : `Leave empty for unlimited attempts (at most ${MAX_ATTEMPTS_ALLOWED}).`
            }
          />
        )}
      />

      <LateCountsField
        idPrefix="assign"
        registration={form.register("lateCounts")}
        error={errorOf("lateCounts")}
      />

      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Assigning…" : "Assign set"}
      </button>
    </form>
  );
}
