"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { CLASS_DESCRIPTION_MAX, CLASS_NAME_MAX, createClassSchema } from "@/lib/schemas/classes";
import { TextAreaField } from "./text-area-field";

/** Creates a class and opens it, where its join code is waiting to be shared. */
export function CreateClassForm() {
  const router = useRouter();
  const { formProps, alertRef, formError, pending, field } = useJsonForm({
    schema: createClassSchema,
    defaultValues: { name: "", description: "" },
    submit: (input) => requestJson<{ id: string }>("/api/classes", { method: "POST", body: input }),
    onSuccess: ({ id }) => router.push(`/classes/${id}`),
    leavesPage: true,
  });

  return (
    <form {...formProps} aria-labelledby="create-class-heading" className="space-y-4">
      <h2 id="create-class-heading" className="text-lg font-semibold">
        Create a class
      </h2>
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <FormField
        label="Class name"
        id="create-class-name"
        required
        maxLength={CLASS_NAME_MAX}
        {...field("name")}
      />
      <TextAreaField
        label="Description (optional)"
        id="create-class-description"
        maxLength={CLASS_DESCRIPTION_MAX}
        hint="Learners see it on their class list."
        {...field("description")}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
