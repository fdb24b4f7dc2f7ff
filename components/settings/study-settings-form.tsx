"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/schemas/auth";

type Values = {
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  desiredRetention: number;
  timeZone: string;
};

export function StudySettingsForm({
  initial,
  timeZones,
}: {
  initial: Values;
  timeZones: string[];
}) {
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const [pending, setPending] = useState(false);
  const browserZone =
    typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setStatus(undefined);
    try {
      const response = await fetch("/api/settings", {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(values),
      });
      const body = (await response.json().catch(() => null)) as {
        ok: boolean;
        error?: string;
        fieldErrors?: FieldErrors;
      } | null;
      if (body?.ok) {
        setFieldErrors({});
        setStatus({ tone: "success", text: "Settings saved." });
      } else {
        setFieldErrors(body?.fieldErrors ?? {});
        setStatus({ tone: "error", text: body?.error ?? "The settings could not be saved." });
      }
    } catch {
      setStatus({
        tone: "error",
        text: "We could not reach the server. Check your connection and try again.",
      });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-6" aria-label="Study settings">
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      <FormField
        label="New cards per day"
        name="newCardsPerDay"
        type="number"
        min={0}
        max={500}
        value={values.newCardsPerDay}
        onChange={(e) => setValues({ ...values, newCardsPerDay: Number(e.target.value) })}
        errors={fieldErrors.newCardsPerDay}
        hint="How many cards you have never seen are introduced each day."
      />
      <FormField
        label="Maximum reviews per day"
        name="maxReviewsPerDay"
        type="number"
        min={0}
        max={5000}
        value={values.maxReviewsPerDay}
        onChange={(e) => setValues({ ...values, maxReviewsPerDay: Number(e.target.value) })}
        errors={fieldErrors.maxReviewsPerDay}
      />
      <div className="space-y-1.5">
        <label htmlFor="field-desiredRetention" className="block text-sm font-medium">
          Desired retention:{" "}
          <span className="font-mono">{Math.round(values.desiredRetention * 100)}%</span>
        </label>
        <input
          id="field-desiredRetention"
          type="range"
          min={0.7}
          max={0.97}
          step={0.01}
          value={values.desiredRetention}
          onChange={(e) => setValues({ ...values, desiredRetention: Number(e.target.value) })}
          className="w-full accent-brand-600"
          aria-describedby="retention-hint"
        />
        <p id="retention-hint" className="text-xs text-slate-500 dark:text-slate-400">
          The chance of remembering a card when it comes back. Higher means more reviews; 90% is the
          usual choice.
        </p>
        {fieldErrors.desiredRetention ? (
          <p className="text-sm text-red-600">{fieldErrors.desiredRetention.join(" ")}</p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="field-timeZone" className="block text-sm font-medium">
          Time zone
        </label>
        <select
          id="field-timeZone"
          className={inputStyles}
          value={values.timeZone}
          onChange={(e) => setValues({ ...values, timeZone: e.target.value })}
          aria-describedby="zone-hint"
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id="zone-hint" className="text-xs text-slate-500 dark:text-slate-400">
          Your study day starts at midnight in this zone.{" "}
          {browserZone && browserZone !== values.timeZone ? (
            <button
              type="button"
              className="font-medium text-brand-700 underline dark:text-brand-300"
              onClick={() => setValues({ ...values, timeZone: browserZone })}
            >
              Use this device&apos;s zone ({browserZone})
            </button>
          ) : null}
        </p>
        {fieldErrors.timeZone ? (
          <p className="text-sm text-red-600">{fieldErrors.timeZone.join(" ")}</p>
        ) : null}
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
