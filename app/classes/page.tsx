import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Classes" };

export default async function Page() {
  await requireUser("/classes");
  return (
    <>
      <PageHeader title="Classes" description="Classes you belong to or teach." />
      <EmptyState
        title="No classes yet"
        action={
          <Link href="/library" className={buttonStyles.primary}>
            Explore the library
          </Link>
        }
      >
        Classes you join or create will be listed here.
      </EmptyState>
    </>
  );
}
