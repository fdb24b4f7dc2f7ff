"use client";

import { useRouter } from "next/navigation";
import { TextAreaField } from "@/components/classes/text-area-field";
import { FormField } from "@/components/ui/form-field";
import { LabelledField } from "@/components/ui/labelled-field";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import { useJsonForm } from "@/lib/client/use-json-form";
import {
  BLANK_MARK,
  PAIR_SEPARATOR,
  WRITABLE_KINDS,
  WRITABLE_KIND_LABELS,
  customQuestionFormSchema,
  type CustomQuestionFields,
} from "@/lib/schemas/custom-questions";
import { saveSetItem } from "./save-set-item";
import { SetItemForm } from "./set-item-form";

type Props = {
  setId: string;
  /** The row to edit; a new question when absent. */
  questionId?: string;
  initial: CustomQuestionFields;
};

const ONE_A_LINE = "One a line.";

/**
 * Writes or edits one of the instructor's questions. Every list is a text area, one item a
 * line, so the whole form works from the keyboard; only the fields of the chosen kind show.
 * The browser runs the server's own checks (the importers' validation), and after a failed
 * save focus moves to the first field at fault, whose message it announces.
 */
export function CustomQuestionForm({ setId, questionId, initial }: Props) {
  const router = useRouter();
  const jsonForm = useJsonForm({
    schema: customQuestionFormSchema,
    defaultValues: initial,
    submit: (input) => saveSetItem(setId, "questions", questionId, input),
    onSuccess: () => router.push(`/sets/${encodeURIComponent(setId)}?saved=question`),
    leavesPage: true,
  });
  const { form, pending, field } = jsonForm;
  const kind = form.watch("kind");
  const choice = kind === "single-choice" || kind === "multiple-select";
  const { error: kindError, ...kindField } = field("kind");

  return (
    <SetItemForm jsonForm={jsonForm} label={questionId ? "Edit question" : "Write a question"}>
      <LabelledField label="Kind of question" name="kind" error={kindError}>
        {(control) => (
          <select {...control} {...kindField} className={inputStyles}>
            {WRITABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {WRITABLE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      <TextAreaField
        label="Question"
        required
        hint={kind === "cloze" ? "The instruction, such as: Fill in the blank." : undefined}
        {...field("prompt")}
      />

      {choice ? (
        <>
          <TextAreaField
            label="Options"
            rows={5}
            hint={`${ONE_A_LINE} Learners see them shuffled.`}
            {...field("options")}
          />
          <FormField
            label={kind === "single-choice" ? "Number of the right option" : "Right options"}
            hint={
              kind === "single-choice"
                ? "Options are numbered from 1, top to bottom."
                : "Their numbers, separated by commas, such as 1, 3."
            }
            inputMode={kind === "single-choice" ? "numeric" : "text"}
            autoComplete="off"
            {...field("correct")}
          />
        </>
      ) : null}

      {kind === "true-false" ? (
        <>
          <TextAreaField label="Statement" {...field("statement")} />
          <AnswerSelect {...field("answer")} />
        </>
      ) : null}

      {kind === "cloze" ? (
        <TextAreaField
          label="Sentence with a blank"
          rows={2}
          hint={`Write ${BLANK_MARK} (three underscores) where learners type the answer, once.`}
          {...field("gap")}
        />
      ) : null}

      {kind === "short-answer" || kind === "cloze" ? (
        <>
          <TextAreaField
            label="Accepted answers"
            hint={`${ONE_A_LINE} The first is shown as the answer; small typos are forgiven.`}
            {...field("accepted")}
          />
          <TextAreaField
            label="Answers never accepted (optional)"
            hint={`${ONE_A_LINE} Near misses that typo tolerance must never accept.`}
            {...field("rejected")}
          />
        </>
      ) : null}

      {kind === "matching" ? (
        <>
          <TextAreaField
            label="Pairs"
            rows={5}
            hint={`One pair a line: left ${PAIR_SEPARATOR} right.`}
            {...field("pairs")}
          />
          <TextAreaField
            label="Extra right-hand items (optional)"
            hint={`${ONE_A_LINE} They match nothing.`}
            {...field("extraRights")}
          />
        </>
      ) : null}

      {kind === "ordering" ? (
        <TextAreaField
          label="Items in the right order"
          rows={5}
          hint={`${ONE_A_LINE} First to last; learners see them shuffled.`}
          {...field("items")}
        />
      ) : null}

      <TextAreaField
        label="Explanation (optional)"
        hint="Shown after the question is answered."
        {...field("explanation")}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className={buttonStyles.primary}
          disabled={pending}
          aria-busy={pending}
        >
          {pending ? "Saving…" : questionId ? "Save as a new version" : "Save question"}
        </button>
      </div>
    </SetItemForm>
  );
}

function AnswerSelect({ error, ...select }: ReturnType<ReturnType<typeof useJsonForm>["field"]>) {
  return (
    <LabelledField label="The statement is" name="answer" error={error}>
      {(control) => (
        <select {...control} {...select} className={inputStyles}>
          <option value="true">True</option>
          <option value="false">False</option>
        </select>
      )}
    </LabelledField>
  );
}
