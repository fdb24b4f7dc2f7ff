"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SaveCancelButtons } from "@/components/ui/save-cancel-buttons";
import { LateCountsField } from "./late-counts-field";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { MAX_ATTEMPTS_ALLOWED, updateAssignmentSchema } from "@/lib/schemas/classes";

type Props = {
  assignmentId: string;
  kind: "quiz" | "flashcards";
  /** The instructor's zone: the dates are shown and typed as wall-clock times there. */
  timeZone: string;
  /** The saved dates, "YYYY-MM-DDTHH:mm" in timeZone. */
  opensAt: string;
  dueAt: string;
  /** The saved due date is already behind us: it may stay, or move to a later one. */
  duePassed: boolean;
  attemptsAllowed: number | null;
  lateCounts: boolean;
  /** Shown beside "Edit assignment" (the remove button). */
  actions?: ReactNode;
};

/**
 * "Edit assignment" opens its dates, attempts and late rule in place, as the assign form has
 * them; saving re-renders the page with the new rules (learners' pages read them too). The
 * server refuses what would break the rules (a due date moved into the past, an opening moved
 * later once learners have started, fewer attempts than one has used) on the field at fault.
 */
export function EditAssignmentForm({
  assignmentId,
  kind,
  timeZone,
  opensAt,
  dueAt,
  duePassed,
  attemptsAllowed,
  lateCounts,
  actions,
}: Props) {
  const router = useRouter();
  const formId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState("");
  const isQuiz = kind === "quiz";
  const savedValues = {
    opensAt,
    dueAt,
    /** As typed: empty means unlimited. */
    attemptsAllowed: attemptsAllowed === null ? "" : String(attemptsAllowed),
    lateCounts,
  };
  const { form, formProps, alertRef, formError, pending, field, errorOf } = useJsonForm({
    schema: updateAssignmentSchema,
    defaultValues: savedValues,
    toInput: ({ attemptsAllowed: typed, ...fields }) => ({
      ...fields,
      timeZone,
      // Anything but empty goes as typed, so the schema's message explains what is wrong.
      attemptsAllowed: !isQuiz || typed.trim() === "" ? null : Number(typed.trim()),
    }),
    submit: (input) =>
      requestJson(`/api/assignments/${encodeURIComponent(assignmentId)}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: () => {
      close();
      setSaved("The assignment is saved.");
      router.refresh();
    },
  });

  // The form goes away with the focused button: focus returns to the one that opened it.
  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  function toggle() {
    // Reopening starts from what is saved, not from an abandoned edit.
    if (!open) form.reset(savedValues);
    setSaved("");
    setOpen(!open);
  }

  return (
    <div className="w-full space-y-4">
      <div className="flex flex-wrap items-start gap-2">
        <button
          ref={toggleRef}
          type="button"
          className={buttonStyles.secondary}
          aria-expanded={open}
          aria-controls={formId}
          onClick={toggle}
        >
          Edit assignment
        </button>
        {actions}
      </div>
      <p role="status" className="text-sm text-emerald-800 dark:text-emerald-200">
        {saved}
      </p>
      {open ? (
        <form
          {...formProps}
          id={formId}
          aria-label="Edit assignment"
          className={`${cardStyles} max-w-2xl space-y-4`}
        >
          {formError ? (
            <Alert tone="error" ref={alertRef}>
              {formError}
            </Alert>
          ) : null}
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium">Dates</legend>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Times are in your time zone, <strong>{timeZone}</strong>. Each learner sees them in
              their own.
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField
                label="Opens"
                id="edit-assignment-opensAt"
                type="datetime-local"
                required
                {...field("opensAt")}
              />
              <FormField
                label="Due"
                id="edit-assignment-dueAt"
                type="datetime-local"
                required
                hint={
                  duePassed
                    ? "This due date has passed. Leave it as it is, or choose a later one."
                    : undefined
                }
                {...field("dueAt")}
              />
            </div>
          </fieldset>
          {isQuiz ? (
            <FormField
              label="Attempts allowed"
              id="edit-assignment-attemptsAllowed"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_ATTEMPTS_ALLOWED}
              step={1}
              placeholder="Unlimited"
              hint={`Leave empty for unlimited attempts (at most ${MAX_ATTEMPTS_ALLOWED}).`}
              {...field("attemptsAllowed")}
            />
          ) : null}
          <LateCountsField
            idPrefix="edit-assignment"
            registration={form.register("lateCounts")}
            error={errorOf("lateCounts")}
          />
          <SaveCancelButtons pending={pending} saveLabel="Save changes" onCancel={close} />
        </form>
      ) : null}
    </div>
  );
}
