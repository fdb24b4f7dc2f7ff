"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";

/**
 * Copies the set, with the questions or cards the instructor wrote in it, and opens the copy's
 * page, which says what it is. A set that learners' work has locked is changed this way: the
 * copy is not assigned anywhere yet.
 */
export function DuplicateSetButton({
  setId,
  tone = "secondary",
}: {
  setId: string;
  tone?: "primary" | "secondary";
}) {
  const router = useRouter();
  return (
    <RequestButton<{ id: string }>
      send={() =>
        requestJson(`/api/sets/${encodeURIComponent(setId)}/duplicate`, { method: "POST" })
      }
      onSuccess={({ id }) => router.push(`/sets/${encodeURIComponent(id)}?saved=copy`)}
      leavesPage
      className={buttonStyles[tone]}
    >
      {(pending) => (pending ? "Duplicating…" : "Duplicate set")}
    </RequestButton>
  );
}
