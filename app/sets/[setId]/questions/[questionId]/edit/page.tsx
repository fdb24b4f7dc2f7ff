import type { Metadata } from "next";
import { CustomQuestionForm } from "@/components/interop/custom-question-form";
import { getCustomQuestionFields } from "@/lib/server/interop/custom-questions";
import { requireSetItem } from "../../../_components/require-set-item";
import { SetItemEditLayout } from "../../../_components/set-item-edit-layout";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ setId: string; questionId: string }> };

export default async function EditQuestionPage({ params }: Props) {
  const { setId, questionId } = await params;
  const question = await requireSetItem(
    setId,
    `questions/${encodeURIComponent(questionId)}`,
    (caller) => getCustomQuestionFields(caller, setId, questionId),
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
      <CustomQuestionForm setId={setId} questionId={questionId} initial={question.fields} />
    </SetItemEditLayout>
  );
}
