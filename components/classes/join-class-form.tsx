"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { afterJoinPath } from "@/lib/domain/classes/join-code";
import { useJsonForm } from "@/lib/client/use-json-form";
import { joinClassSchema } from "@/lib/schemas/classes";

/**
 * Joins a class by the code the instructor shared (a pasted join link works too), then opens
 * the learner's assignments, which confirm the join. An unknown code's message sits under the
 * field, which then has focus, so it is read out once.
 */
export function JoinClassForm() {
  const router = useRouter();
  const { formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: joinClassSchema,
    defaultValues: { code: "" },
    submit: (input) =>
      requestJson<{ classId: string }>("/api/classes/join", { method: "POST", body: input }),
    onSuccess: ({ classId }) => router.push(afterJoinPath(classId)),
    leavesPage: true,
  });

  return (
    <form {...formProps} aria-labelledby="join-class-heading" className="space-y-4">
      <h2 id="join-class-heading" className="text-lg font-semibold">
        Join a class
      </h2>
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <FormField
        label="Join code"
        id="join-class-code"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EFGH"
        hint="Eight letters and digits from your instructor. A join link works too."
        {...field("code")}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
