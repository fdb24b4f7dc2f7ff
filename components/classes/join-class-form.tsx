"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/schemas/auth";
import { sendRequest } from "./send-request";

/** Joins a class by the code the instructor shared (a pasted join link works too). */
export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    const result = await sendRequest("/api/classes/join", "POST", { code });
    if (result.ok) {
      router.push("/assignments");
      return;
    }
    // The code's own message sits under the field; repeating it in the alert adds nothing.
    // Focus goes back to the field, whose description (the message) is then read out.
    const onField = Boolean(result.fieldErrors.code?.length);
    setError(onField ? undefined : result.error);
    setFieldErrors(result.fieldErrors);
    setPending(false);
    if (onField) document.getElementById("join-class-code")?.focus();
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="join-class-heading" className="space-y-4">
      <h2 id="join-class-heading" className="text-lg font-semibold">
        Join a class
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <FormField
        label="Join code"
        name="code"
        id="join-class-code"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EFGH"
        hint="Eight letters and digits from your instructor. A join link works too."
        value={code}
        onChange={(e) => setCode(e.target.value)}
        errors={fieldErrors.code}
      />
      <button type="submit" className={buttonStyles.primary} disabled={pending} aria-busy={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
