import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ProgressOverview } from "@/components/progress/progress-overview";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";
import { getProgressDashboard } from "@/lib/server/progress/get-progress-dashboard";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const dashboard = await getProgressDashboard(user.id, new Date(), user.timeZone);
  return (
    <>
      <PageHeader
        title="Progress"
        description="What you know, what is weak and what is due."
        actions={
          <>
            <Link href="/quizzes/new" className={buttonStyles.secondary}>
              New quiz
            </Link>
            <Link href="/flashcards/study" className={buttonStyles.primary}>
              Study flashcards
            </Link>
          </>
        }
      />
      <ProgressOverview dashboard={dashboard} />
    </>
  );
}
