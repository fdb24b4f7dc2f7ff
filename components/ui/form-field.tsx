import type { InputHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";
import { inputStyles } from "./styles";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input whose hint and errors are announced with it (aria-describedby). */
export function FormField({ label, name, errors, hint, id, ...input }: Props) {
  return (
    <LabelledField label={label} name={name} id={id} hint={hint} errors={errors}>
      {(control) => <input name={name} className={inputStyles} {...control} {...input} />}
    </LabelledField>
  );
}
