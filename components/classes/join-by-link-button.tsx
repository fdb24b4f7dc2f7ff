"use client";

import { useRouter } from "next/navigation";
import { RequestButton } from "@/components/ui/request-button";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { afterJoinPath } from "@/lib/domain/classes/join-code";

/**
 * The join link's one button, named after the class it joins. Joining is a POST, not something
 * the page does on load, so a link opened by a preview bot or a prefetch never joins anyone to
 * a class.
 */
export function JoinByLinkButton({ code, name }: { code: string; name: string }) {
  const router = useRouter();
  return (
    <RequestButton
      send={() =>
        requestJson<{ classId: string }>("/api/classes/join", { method: "POST", body: { code } })
      }
      onSuccess={({ classId }) => router.push(afterJoinPath(classId))}
      leavesPage
      className={buttonStyles.primary}
    >
      {(pending) => (pending ? "Joining…" : `Join ${name}`)}
    </RequestButton>
  );
}
