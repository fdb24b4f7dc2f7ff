import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { InstructorClasses } from "@/components/classes/instructor-classes";
import { LearnerClasses } from "@/components/classes/learner-classes";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";
import { listClassesForInstructor } from "@/lib/server/classes/list-classes-for-instructor";
import { listLearnerClasses } from "@/lib/server/classes/list-learner-classes";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const caller = { id: user.id, role: user.role };

  if (user.role === "INSTRUCTOR") {
    const result = await listClassesForInstructor(caller);
    return (
      <>
        <PageHeader
          title="Classes"
          description={
            "The classes you teach. " +
            "Open one to share its join code, assign sets and see results."
          }
          actions={
            <Link href="/sets" className={buttonStyles.secondary}>
              Sets
            </Link>
          }
        />
        {result.ok ? (
          <InstructorClasses classes={result.data} timeZone={user.timeZone} />
        ) : (
          <Alert tone="error">{result.error}</Alert>
        )}
      </>
    );
  }

  const result = await listLearnerClasses(caller);
  return (
    <>
      <PageHeader
        title="Classes"
        description="The classes you belong to. Join one with the code your instructor gave you."
      />
      {result.ok ? (
        <LearnerClasses classes={result.data} timeZone={user.timeZone} />
      ) : (
        <Alert tone="error">{result.error}</Alert>
      )}
    </>
  );
}
