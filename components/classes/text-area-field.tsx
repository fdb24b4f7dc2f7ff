import type { Ref, TextareaHTMLAttributes } from "react";
import { LabelledField } from "@/components/ui/labelled-field";
import { inputStyles } from "@/components/ui/styles";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** FormField's multi-line sibling. */
export function TextAreaField({ label, name, error, hint, id, ...textarea }: Props) {
  return (
    <LabelledField label={label} name={name} id={id} hint={hint} error={error}>
      {(control) => (
        <textarea name={name} rows={3} className={inputStyles} {...control} {...textarea} />
      )}
    </LabelledField>
  );
}
