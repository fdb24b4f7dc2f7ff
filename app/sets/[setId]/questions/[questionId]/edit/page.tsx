import type { Metadata } from "next";
import { CustomQuestionForm } from "@/components/interop/custom-question-form";
import { Alert } from "@/components/ui/alert";
import { getSetWorkLock } from "@/lib/server/classes/set-work";
import { getCustomQuestionFields } from "@/lib/server/interop/custom-questions";
import { ok } from "@/lib/server/service-result";
import { requireSetItem } from "../../../_components/require-set-item";
import { SetItemEditLayout } from "../../../_components/set-item-edit-layout";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ setId: string; questionId: string }> };

export default async function EditQuestionPage({ params }: Props) {
  const { setId, questionId } = await params;
  const { question, locked } = await requireSetItem(
    setId,
    `questions/${encodeURIComponent(questionId)}`,
    async (caller) => {
      const [fields, locked] = await Promise.all([
        getCustomQuestionFields(caller, setId, questionId),
        getSetWorkLock(caller, setId),
      ]);
      return fields.ok ? ok({ question: fields.data, locked }) : fields;
    },
  );
  return (
    <SetItemEditLayout
      setId={setId}
      title="Edit question"
      description={
        "Saving makes a new version: attempts already started keep the wording they were " +
        "given, and item analysis shows the answers to each version apart."
      }
      width="2xl"
    >
      {locked ? (
        <Alert tone="info">{locked}</Alert>
      ) : (
        <CustomQuestionForm setId={setId} questionId={questionId} initial={question.fields} />
      )}
    </SetItemEditLayout>
  );
}
