import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { CustomQuestionForm } from "@/components/interop/custom-question-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { copyQuestionSchema, toQuestionFields } from "@/lib/schemas/custom-questions";
import { requireUser } from "@/lib/server/auth/session";
import { getSet } from "@/lib/server/classes/get-set";
import { getSetWorkLock } from "@/lib/server/classes/set-work";
import { getCopyFields } from "@/lib/server/interop/custom-questions";

export const metadata: Metadata = { title: "Write a question" };

type Props = {
  params: Promise<{ setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const BLANK = toQuestionFields({
  kind: "single-choice",
  name: null,
  prompt: "",
  explanation: "",
  options: [],
  correct: -1,
});

/** Writes a new question into a quiz set; `?copy=<question id>` starts from a generated one. */
export default async function NewQuestionPage({ params, searchParams }: Props) {
  const { setId } = await params;
  const { copy } = await searchParams;
  const user = await requireUser(`/sets/${encodeURIComponent(setId)}/questions/new`);
  const caller = { id: user.id, role: user.role };
  const [set, locked] = await Promise.all([getSet(caller, setId), getSetWorkLock(caller, setId)]);
  if (!set.ok || set.data.kind !== "quiz") notFound();
  let initial = { ...BLANK, correct: "" };
  if (copy !== undefined) {
    const parsed = copyQuestionSchema.safeParse({ questionId: copy });
    if (!parsed.success) notFound();
    const fields = await getCopyFields(caller, setId, parsed.data.questionId);
    if (!fields.ok) notFound();
    initial = fields.data;
  }
  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/sets", label: "Sets" },
          { href: `/sets/${encodeURIComponent(setId)}`, label: set.data.name },
        ]}
        current={copy !== undefined ? "Copy a question" : "Write a question"}
      />
      <PageHeader
        title={copy !== undefined ? "Copy to my questions" : "Write a question"}
        description={
          copy !== undefined
            ? "A copy of the generated question: change what you like and save it as your own."
            : "Learners see it after the set's generated questions, marked as written by you."
        }
      />
      <div className="max-w-2xl">
        {locked ? (
          <Alert tone="info">{locked}</Alert>
        ) : (
          <CustomQuestionForm setId={setId} initial={initial} />
        )}
      </div>
    </>
  );
}
