import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Flashcards" };

export default async function Page() {
  await requireUser("/flashcards");
  return (
    <>
      <PageHeader title="Flashcards" description="Spaced-repetition review of the programme content." />
      <EmptyState
        title="No decks yet"
        action={
          <Link href="/library" className={buttonStyles.primary}>
            Explore the library
          </Link>
        }
      >
        Decks you study will appear here with the cards due today.
      </EmptyState>
    </>
  );
}
