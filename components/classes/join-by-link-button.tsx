"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";

/**
 * The join link's one button. Joining is a POST, not something the page does on load, so a
 * link opened by a preview bot or a prefetch never joins anyone to a class.
 */
export function JoinByLinkButton({ code, displayCode }: { code: string; displayCode: string }) {
  const router = useRouter();
  const { pending, error, run } = useRequest({
    onSuccess: () => router.push("/assignments"),
    leavesPage: true,
  });

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button
        type="button"
        onClick={() =>
          run(() => requestJson("/api/classes/join", { method: "POST", body: { code } }))
        }
        disabled={pending}
        aria-busy={pending}
        className={buttonStyles.primary}
      >
        {pending ? "Joining…" : `Join class with code ${displayCode}`}
      </button>
    </div>
  );
}
