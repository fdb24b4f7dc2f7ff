"use client";

import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import type { QuestionKind } from "@/lib/domain/questions/types";
import { CheckboxGroup } from "./checkbox-group";

type Props = {
  programmes: readonly { id: string; name: string }[];
  kinds: readonly QuestionKind[];
  programmeIds: string[];
  onProgrammeIds: (ids: string[]) => void;
  selectedKinds: QuestionKind[];
  onKinds: (kinds: QuestionKind[]) => void;
  errors: { programmeIds?: string; kinds?: string };
};

/** What a quiz (or a quiz set) covers: which programmes and which question types. */
export function QuizScopePickers({
  programmes,
  kinds,
  programmeIds,
  onProgrammeIds,
  selectedKinds,
  onKinds,
  errors,
}: Props) {
  return (
    <>
      <CheckboxGroup
        legend="Programmes"
        hint="None selected means all of them."
        options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        selected={programmeIds}
        onChange={onProgrammeIds}
        error={errors.programmeIds}
      />
      <CheckboxGroup
        legend="Question types"
        hint="None selected means a mix of all types."
        options={kinds.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
        selected={selectedKinds}
        onChange={onKinds}
        columns={4}
        error={errors.kinds}
      />
    </>
  );
}
