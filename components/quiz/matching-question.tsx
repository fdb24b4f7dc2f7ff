import { useId, useState, type DragEvent } from "react";
import type { Pair } from "@/lib/domain/questions/types";
import { AnswerMark } from "./answer-mark";
import type { QuestionControlProps } from "./question-control-props";
import { cx } from "@/components/ui/cx";

type Drag = { rightId: string; fromLeftId: string | null };

/**
 * The first pair given for a left item is the one that counts when grading, so it is the one shown.
 */
function toPartnerMap(pairs: readonly Pair[]): Map<string, string> {
  const partner = new Map<string, string>();
  for (const pair of pairs) if (!partner.has(pair.leftId)) partner.set(pair.leftId, pair.rightId);
  return partner;
}

const chipStyles = cx(
  "inline-flex min-h-9 max-w-full items-center rounded-lg border px-3",
  "py-1.5 text-left text-sm shadow-sm break-words",
);

/**
 * Matching: each left item has a native select of the right items (the keyboard and screen
 * reader way), and right-item cards can be dragged onto a left item (HTML5 drag and drop) or
 * from one item to another. A right item may be chosen twice: that is the learner's call, and
 * the grader counts it right at most once; the row says so.
 */
export function MatchingQuestion({
  question,
  value,
  onChange,
  disabled,
  feedback,
}: QuestionControlProps<"matching">) {
  const id = useId();
  const [drag, setDrag] = useState<Drag | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const partner = toPartnerMap(value?.pairs ?? []);
  const rightText = new Map(question.right.map((r) => [r.id, r.text]));
  const leftText = new Map(question.left.map((l) => [l.id, l.text]));
  const uses = new Map<string, number>();
  for (const rightId of partner.values()) uses.set(rightId, (uses.get(rightId) ?? 0) + 1);
  const key =
    feedback?.question.kind === "matching" ? toPartnerMap(feedback.question.answer) : null;
  const unmatched = question.left.filter((l) => !partner.has(l.id)).length;
  const canDrag = !disabled;

  function commit(next: Map<string, string>) {
    onChange({
      kind: "matching",
      pairs: question.left.flatMap((l) => {
        const rightId = next.get(l.id);
        return rightId ? [{ leftId: l.id, rightId }] : [];
      }),
    });
  }

  function assign(leftId: string, rightId: string | null, fromLeftId: string | null = null) {
    const next = new Map(partner);
    if (fromLeftId && fromLeftId !== leftId) next.delete(fromLeftId);
    if (rightId) next.set(leftId, rightId);
    else next.delete(leftId);
    commit(next);
  }

  function startDrag(event: DragEvent, rightId: string, fromLeftId: string | null) {
    // Firefox starts a drag only when some data is set.
    event.dataTransfer.setData("text/plain", rightText.get(rightId) ?? "");
    event.dataTransfer.effectAllowed = "move";
    setDrag({ rightId, fromLeftId });
  }

  function endDrag() {
    setDrag(null);
    setOver(null);
  }

  function dragOver(event: DragEvent, target: string) {
    if (!drag) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (over !== target) setOver(target);
  }

  function dragLeave(event: DragEvent, target: string) {
    // dragleave also fires when the pointer moves onto a child of the zone.
    if (over === target && !event.currentTarget.contains(event.relatedTarget as Node | null))
      setOver(null);
  }

  function dropOnItem(event: DragEvent, leftId: string) {
    event.preventDefault();
    if (drag) {
      assign(leftId, drag.rightId, drag.fromLeftId);
      setAnnouncement(`${rightText.get(drag.rightId)} matched with ${leftText.get(leftId)}.`);
    }
    endDrag();
  }

  function dropOnPool(event: DragEvent) {
    event.preventDefault();
    if (drag?.fromLeftId) {
      assign(drag.fromLeftId, null);
      setAnnouncement(`${leftText.get(drag.fromLeftId)} is no longer matched.`);
    }
    endDrag();
  }

  const leftLabel = question.leftLabel.toLowerCase();
  const rightLabel = question.rightLabel.toLowerCase();
  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-how`}>
      <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
      <p id={`${id}-how`} className="text-sm text-slate-600 dark:text-slate-400">
        For each {leftLabel}, choose the {rightLabel} from its list
        <span className="hidden sm:inline">, or drag a card onto it</span>.
      </p>

      {canDrag ? (
        // Mouse-only helper: the selects below carry the
        // same choices for keyboards and screen readers.
        <div
          aria-hidden="true"
          onDragOver={(event) => dragOver(event, "pool")}
          onDragLeave={(event) => dragLeave(event, "pool")}
          onDrop={dropOnPool}
          className={`hidden flex-wrap gap-2 rounded-lg border border-dashed p-3 sm:flex ${
            over === "pool"
              ? "border-brand-500 bg-brand-50 dark:bg-brand-950/40"
              : "border-slate-300 dark:border-slate-700"
          }`}
        >
          <p
            className={cx(
              "w-full text-xs font-medium uppercase tracking-wide text-slate-500",
              "dark:text-slate-400",
            )}
          >
            {question.rightLabel} cards{drag?.fromLeftId ? " — drop here to unmatch" : ""}
          </p>
          {question.right.map((r) => (
            <div
              key={r.id}
              draggable
              onDragStart={(event) => startDrag(event, r.id, null)}
              onDragEnd={endDrag}
              className={`${chipStyles} cursor-grab active:cursor-grabbing ${
                uses.has(r.id)
                  ? cx(
                      "border-slate-200 bg-slate-100 text-slate-500 dark:border-slate-700",
                      "dark:bg-slate-800 dark:text-slate-400",
                    )
                  : cx(
                      "border-brand-300 bg-white text-slate-900 dark:border-brand-700",
                      "dark:bg-slate-900 dark:text-slate-100",
                    )
              }`}
            >
              {r.text}
              {uses.has(r.id) ? <span className="ml-2 text-xs">(used)</span> : null}
            </div>
          ))}
        </div>
      ) : null}

      <ul className="space-y-3">
        {question.left.map((l) => {
          const rightId = partner.get(l.id) ?? null;
          const selectId = `${id}-${l.id}`;
          const shared = rightId !== null && (uses.get(rightId) ?? 0) > 1;
          const expected = key?.get(l.id) ?? null;
          return (
            <li
              key={l.id}
              onDragOver={canDrag ? (event) => dragOver(event, l.id) : undefined}
              onDragLeave={canDrag ? (event) => dragLeave(event, l.id) : undefined}
              onDrop={canDrag ? (event) => dropOnItem(event, l.id) : undefined}
              className={`rounded-lg border p-3 ${
                over === l.id
                  ? "border-brand-500 bg-brand-50 dark:bg-brand-950/40"
                  : key
                    ? expected === rightId
                      ? cx(
                          "border-emerald-500 bg-emerald-50/60 dark:border-emerald-600",
                          "dark:bg-emerald-950/30",
                        )
                      : "border-red-500 bg-red-50/60 dark:border-red-600 dark:bg-red-950/30"
                    : "border-slate-200 dark:border-slate-700"
              }`}
            >
              <label htmlFor={selectId} className="block font-medium">
                {l.text}
                <span className="sr-only"> — {question.rightLabel}</span>
              </label>
              <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start">
                <div aria-hidden="true" className="min-w-0 flex-1">
                  {rightId ? (
                    <div
                      draggable={canDrag}
                      onDragStart={canDrag ? (event) => startDrag(event, rightId, l.id) : undefined}
                      onDragEnd={endDrag}
                      className={cx(
                        chipStyles,
                        "border-brand-300 bg-white dark:border-brand-700 dark:bg-slate-900",
                        canDrag ? "cursor-grab" : "",
                      )}
                    >
                      {rightText.get(rightId)}
                    </div>
                  ) : (
                    <div
                      className={cx(
                        "flex min-h-9 items-center rounded-lg border border-dashed",
                        "border-slate-300 px-3 text-sm italic text-slate-500",
                        "dark:border-slate-600 dark:text-slate-400",
                      )}
                    >
                      Not matched yet
                      {canDrag ? (
                        <span className="hidden sm:inline">&nbsp;— drop a card here</span>
                      ) : null}
                    </div>
                  )}
                </div>
                <select
                  id={selectId}
                  value={rightId ?? ""}
                  disabled={disabled}
                  onChange={(event) => assign(l.id, event.target.value || null)}
                  className={cx(
                    "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2",
                    "text-base text-slate-900 shadow-sm focus:border-brand-500",
                    "focus:outline-none focus:ring-2 focus:ring-brand-500/30 sm:w-56",
                    "sm:text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
                  )}
                >
                  <option value="">Not matched</option>
                  {question.right.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.text}
                    </option>
                  ))}
                </select>
              </div>
              {shared && !key ? (
                <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">
                  Also chosen for another {question.leftLabel.toLowerCase()}.
                </p>
              ) : null}
              {key ? (
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                  {expected === rightId ? (
                    <AnswerMark tone="right" label="Correct" />
                  ) : (
                    <>
                      <AnswerMark tone="wrong" label={rightId ? "Incorrect" : "Not matched"} />
                      <span>
                        Correct: <strong>{expected ? rightText.get(expected) : "—"}</strong>
                      </span>
                    </>
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>

      {/* Once checked, each item carries its mark: the tally and the last drag's message,
          which were about answering, would read as part of the verdict. */}
      {key ? null : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {unmatched === 0
            ? "Every item is matched."
            : `${unmatched} of ${question.left.length} not matched yet.`}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {key ? "" : announcement}
      </p>
    </fieldset>
  );
}
