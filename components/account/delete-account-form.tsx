"use client";

import { signOut } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { inputStyles } from "@/components/ui/styles";
import { cx } from "@/components/ui/cx";

const dangerButton = cx(
  "inline-flex items-center justify-center gap-2 rounded-lg bg-red-600",
  "px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700",
  "disabled:cursor-not-allowed disabled:opacity-60 dark:bg-red-600",
  "dark:hover:bg-red-500",
);

// The server decides; the browser only checks the typing, so the same comparison as a
// person would make (case and surrounding spaces do not matter in an email address).
function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Deletes the account after the learner types their email, then signs them out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const inputId = useId();
  const hintId = useId();
  const matches = sameEmail(typed, email);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!matches || pending) return;
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch("/api/account", {
        method: "DELETE",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ confirmEmail: typed.trim() }),
      });
      const body = (await response.json().catch(() => null)) as {
        ok: boolean;
        error?: string;
      } | null;
      if (response.ok && body?.ok) {
        // The account is gone; the session cookie must go too, or the next page would
        // still think someone is signed in.
        await signOut({ callbackUrl: "/" });
        return;
      }
      setError(body?.error ?? `Your account could not be deleted (error ${response.status}).`);
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Delete my account"
      className="max-w-xl space-y-4"
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium">
          Type your email address, <span className="font-mono">{email}</span>, to confirm
        </label>
        <input
          id={inputId}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby={hintId}
          className={inputStyles}
        />
        <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
          The button unlocks when the address matches.
        </p>
      </div>
      <button
        type="submit"
        disabled={!matches || pending}
        aria-busy={pending}
        className={dangerButton}
      >
        {pending ? "Deleting…" : "Delete my account permanently"}
      </button>
    </form>
  );
}
