"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";

/**
 * The join link's one button. Joining is a POST, not something the page does on load, so a
 * link opened by a preview bot or a prefetch never joins anyone to a class.
 */
export function JoinByLinkButton({ code, displayCode }: { code: string; displayCode: string }) {
  const router = useRouter();
  return (
    <RequestButton
      send={() => requestJson("/api/classes/join", { method: "POST", body: { code } })}
      onSuccess={() => router.push("/assignments")}
      leavesPage
      className={buttonStyles.primary}
    >
      {(pending) => (pending ? "Joining…" : `Join class with code ${displayCode}`)}
    </RequestButton>
  );
}
