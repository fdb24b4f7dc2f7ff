"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/styles";
import { sendRequest } from "./send-request";

/**
 * The join link's one button. Joining is a POST, not something the page does on load, so a
 * link opened by a preview bot or a prefetch never joins anyone to a class.
 */
export function JoinByLinkButton({ code, displayCode }: { code: string; displayCode: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function join() {
    setPending(true);
    setError(undefined);
    const result = await sendRequest("/api/classes/join", "POST", { code });
    if (result.ok) {
      router.push("/assignments");
      return;
    }
    setError(result.error);
    setPending(false);
  }

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button
        type="button"
        onClick={join}
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Joining…" : `Join class with code ${displayCode}`}
      </button>
    </div>
  );
}
