import type { InputHTMLAttributes, Ref } from "react";
import { LabelledField } from "./labelled-field";
import { inputStyles } from "./styles";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function FormField({ label, name, error, hint, id, ...input }: Props) {
  return (
    <LabelledField label={label} name={name} id={id} hint={hint} error={error}>
      {(control) => <input name={name} className={inputStyles} {...control} {...input} />}
    </LabelledField>
  );
}
