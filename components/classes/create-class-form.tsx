"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/schemas/auth";
import { CLASS_DESCRIPTION_MAX, CLASS_NAME_MAX } from "@/lib/schemas/classes";
import { sendRequest } from "./send-request";
import { TextAreaField } from "./text-area-field";

/** Creates a class and opens it, where its join code is waiting to be shared. */
export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    const result = await sendRequest<{ id: string }>("/api/classes", "POST", { name, description });
    if (result.ok) {
      router.push(`/classes/${result.data.id}`);
      return;
    }
    setError(result.error);
    setFieldErrors(result.fieldErrors);
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="create-class-heading" className="space-y-4">
      <h2 id="create-class-heading" className="text-lg font-semibold">
        Create a class
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <FormField
        label="Class name"
        name="name"
        id="create-class-name"
        required
        maxLength={CLASS_NAME_MAX}
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={fieldErrors.name}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        id="create-class-description"
        maxLength={CLASS_DESCRIPTION_MAX}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        errors={fieldErrors.description}
        hint="Learners see it on their class list."
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
