"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { LabelledField } from "@/components/ui/labelled-field";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { studySettingsSchema } from "@/lib/schemas/flashcards";

const noopSubscribe = () => () => {};
const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

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
  const router = useRouter();
  const { form, formProps, alertRef, formError, pending, field, errorOf } = useJsonForm({
    schema: studySettingsSchema,
    defaultValues: initial,
    submit: (input) => requestJson("/api/settings", { method: "PUT", body: input }),
    // The workload table beside the form is the server's, from the saved settings.
    onSuccess: () => router.refresh(),
  });
  const [retention, timeZone] = useWatch({
    control: form.control,
    name: ["desiredRetention", "timeZone"],
  });
  const { isSubmitSuccessful } = form.formState;
  // Read after hydration only: the server's zone is not the device's, and reading it during
  // the first render made server and client HTML differ (React error #418 on every load).
  const browserZone = useSyncExternalStore(noopSubscribe, deviceTimeZone, () => undefined);

  return (
    <form {...formProps} className="max-w-xl space-y-6" aria-label="Study settings">
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      {isSubmitSuccessful && !pending ? <Alert tone="success">Settings saved.</Alert> : null}
      <FormField
        label="New cards per day"
        type="number"
        min={0}
        max={500}
        hint="How many cards you have never seen are introduced each day."
        {...field("newCardsPerDay")}
      />
      <FormField
        label="Maximum reviews per day"
        type="number"
        min={0}
        max={5000}
        {...field("maxReviewsPerDay")}
      />
      <LabelledField
        label={
          <>
            Desired retention:{" "}
            <span className="font-mono">{Math.round(Number(retention) * 100)}%</span>
          </>
        }
        name="desiredRetention"
        hint={
          "The chance of remembering a card when it comes back. Higher means more reviews; " +
          "90% is the usual choice."
        }
        error={errorOf("desiredRetention")}
      >
        {(control) => (
          <input
            type="range"
            min={0.7}
            max={0.97}
            step={0.01}
            className="w-full accent-brand-600"
            {...control}
            {...form.register("desiredRetention")}
          />
        )}
      </LabelledField>
      <LabelledField
        label="Time zone"
        name="timeZone"
        hint={
          <>
            Your study day starts at midnight in this zone.{" "}
            {browserZone && browserZone !== timeZone ? (
              <button
                type="button"
                className="font-medium text-brand-700 underline dark:text-brand-300"
                onClick={() => form.setValue("timeZone", browserZone, { shouldDirty: true })}
              >
                Use this device&apos;s zone ({browserZone})
              </button>
            ) : null}
          </>
        }
        error={errorOf("timeZone")}
      >
        {(control) => (
          <select className={inputStyles} {...control} {...form.register("timeZone")}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
