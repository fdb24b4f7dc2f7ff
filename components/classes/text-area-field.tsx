import type { TextareaHTMLAttributes } from "react";
import { LabelledField } from "@/components/ui/labelled-field";
import { inputStyles } from "@/components/ui/styles";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** FormField's multi-line sibling. */
export function TextAreaField({ label, name, errors, hint, id, ...textarea }: Props) {
  return (
    <LabelledField label={label} name={name} id={id} hint={hint} errors={errors}>
      {(control) => (
        <textarea name={name} rows={3} className={inputStyles} {...control} {...textarea} />
      )}
    </LabelledField>
  );
}
