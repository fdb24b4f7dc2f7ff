"use client";

import { cx } from "@/components/ui/cx";
import { buttonStyles } from "@/components/ui/styles";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import { LEVEL_LABELS } from "@/lib/domain/questions/level-labels";
import { LEVELS, type QuestionKind, type QuestionLevel } from "@/lib/domain/questions/types";
import { backgroundOnlyKindsMessage, backgroundOnlyMessage } from "./background-only-message";
import { CheckboxGroup } from "./checkbox-group";

/** `beyondSource`: every question on the programme uses NATO background (content schema). */
export type PickableProgramme = { id: string; name: string; beyondSource: boolean };

type Props = {
  programmes: readonly PickableProgramme[];
  kinds: readonly QuestionKind[];
  /** Kinds only NATO background asks (lib/domain/quiz/background-only-kinds.ts). */
  backgroundOnlyKinds: readonly QuestionKind[];
  programmeIds: string[];
  onProgrammeIds: (ids: string[]) => void;
  selectedKinds: QuestionKind[];
  onKinds: (kinds: QuestionKind[]) => void;
  selectedLevels: QuestionLevel[];
  onLevels: (levels: QuestionLevel[]) => void;
  /** The questions are drawn from the source document only (NATO background left out). */
  sourceOnly: boolean;
  onIncludeBackground: () => void;
  errors: { programmeIds?: string; kinds?: string; levels?: string };
};

const BACKGROUND_NOTE = "NATO background";

/** What a quiz (or a quiz set) covers: programmes, question types and levels of thinking. */
export function QuizScopePickers({
  programmes,
  kinds,
  backgroundOnlyKinds,
  programmeIds,
  onProgrammeIds,
  selectedKinds,
  onKinds,
  selectedLevels,
  onLevels,
  sourceOnly,
  onIncludeBackground,
  errors,
}: Props) {
  // A programme or a question kind beyond the source has no question in a source-only draw:
  // say so where it was ticked, with the one click that brings its questions in.
  const leftOut = sourceOnly
    ? programmes.filter((p) => p.beyondSource && programmeIds.includes(p.id))
    : [];
  const leftOutKinds = sourceOnly
    ? backgroundOnlyKinds.filter((kind) => selectedKinds.includes(kind))
    : [];
  const includeBackground = (message: string, button = true) => (
    <div
      className={cx(
        "flex flex-wrap items-center gap-3 rounded-lg border px-3 py-2 text-sm",
        "border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950",
      )}
    >
      <p>{message}</p>
      {button ? (
        <button type="button" className={buttonStyles.secondary} onClick={onIncludeBackground}>
          Include NATO background
        </button>
      ) : null}
    </div>
  );
  return (
    <>
      <div className="space-y-2">
        <CheckboxGroup
          legend="Programmes"
          hint={
            "None selected means all of them." +
            (programmes.some((p) => p.beyondSource)
              ? ` Those marked “${BACKGROUND_NOTE}” go beyond the source document.`
              : "")
          }
          options={programmes.map((p) => ({
            value: p.id,
            label: p.name,
            note: p.beyondSource ? BACKGROUND_NOTE : undefined,
          }))}
          selected={programmeIds}
          onChange={onProgrammeIds}
          error={errors.programmeIds}
        />
        <div aria-live="polite">
          {leftOut.length > 0
            ? includeBackground(backgroundOnlyMessage(leftOut.map((p) => p.name)))
            : null}
        </div>
      </div>
      <div className="space-y-2">
        <CheckboxGroup
          legend="Question types"
          hint={
            "None selected means a mix of all types." +
            (backgroundOnlyKinds.some((kind) => kinds.includes(kind))
              ? ` Those marked “${BACKGROUND_NOTE}” are asked only about facts beyond the ` +
                "source document."
              : "")
          }
          options={kinds.map((kind) => ({
            value: kind,
            label: KIND_LABELS[kind],
            note: backgroundOnlyKinds.includes(kind) ? BACKGROUND_NOTE : undefined,
          }))}
          selected={selectedKinds}
          onChange={onKinds}
          columns={4}
          error={errors.kinds}
        />
        <div aria-live="polite">
          {leftOutKinds.length > 0
            ? includeBackground(
                backgroundOnlyKindsMessage(leftOutKinds.map((kind) => KIND_LABELS[kind])),
                // One button is enough when the programmes' note above has it already.
                leftOut.length === 0,
              )
            : null}
        </div>
      </div>
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
