import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Progress" };

export default async function Page() {
  await requireUser("/progress");
  return (
    <>
      <PageHeader title="Progress" description="What you know, what is weak and what is due." />
      <EmptyState
        title="Nothing to show yet"
        action={
          <Link href="/library" className={buttonStyles.primary}>
            Explore the library
          </Link>
        }
      >
        Answer questions and review cards, and your progress will appear here.
      </EmptyState>
    </>
  );
}
