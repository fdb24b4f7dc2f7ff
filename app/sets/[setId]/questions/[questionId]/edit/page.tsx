import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomQuestionForm } from "@/components/interop/custom-question-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/session";
import { getCustomQuestionFields } from "@/lib/server/interop/custom-questions";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ setId: string; questionId: string }> };

export default async function EditQuestionPage({ params }: Props) {
  const { setId, questionId } = await params;
  const user = await requireUser(
    `/sets/${encodeURIComponent(setId)}/questions/${encodeURIComponent(questionId)}/edit`,
  );
  const result = await getCustomQuestionFields({ id: user.id, role: user.role }, setId, questionId);
  if (!result.ok) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
        <Link href={`/sets/${encodeURIComponent(setId)}`} className="hover:underline">
          Back to the set
        </Link>
      </nav>
      <PageHeader
        title="Edit question"
        description={
          "Saving makes a new version: attempts already started keep the wording they were " +
          "given, and item analysis shows the answers to each version apart."
        }
      />
      <div className="max-w-2xl">
        <CustomQuestionForm setId={setId} questionId={questionId} initial={result.data.fields} />
      </div>
    </>
  );
}
