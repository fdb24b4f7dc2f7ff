import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Quizzes" };

export default async function Page() {
  await requireUser("/quizzes");
  return (
    <>
      <PageHeader title="Quizzes" description="Your quizzes and their results." />
      <EmptyState
        title="No quizzes yet"
        action={
          <Link href="/library" className={buttonStyles.primary}>
            Explore the library
          </Link>
        }
      >
        Quizzes you take will be listed here with their scores.
      </EmptyState>
    </>
  );
}
