"use client";

import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import { LEVEL_LABELS } from "@/lib/domain/questions/level-labels";
import { LEVELS, type QuestionKind, type QuestionLevel } from "@/lib/domain/questions/types";
import { CheckboxGroup } from "./checkbox-group";

type Props = {
  programmes: readonly { id: string; name: string }[];
  kinds: readonly QuestionKind[];
  programmeIds: string[];
  onProgrammeIds: (ids: string[]) => void;
  selectedKinds: QuestionKind[];
  onKinds: (kinds: QuestionKind[]) => void;
  selectedLevels: QuestionLevel[];
  onLevels: (levels: QuestionLevel[]) => void;
  errors: { programmeIds?: string; kinds?: string; levels?: string };
};

/** What a quiz (or a quiz set) covers: programmes, question types and levels of thinking. */
export function QuizScopePickers({
  programmes,
  kinds,
  programmeIds,
  onProgrammeIds,
  selectedKinds,
  onKinds,
  selectedLevels,
  onLevels,
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
      <CheckboxGroup
        legend="Levels of thinking"
        hint="None selected means every level (a practice quiz then asks at most half at recall)."
        options={LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
        selected={selectedLevels}
        onChange={onLevels}
        columns={3}
        error={errors.levels}
      />
    </>
  );
}
