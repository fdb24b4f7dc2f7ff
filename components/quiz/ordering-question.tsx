import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { AnswerMark } from "./answer-mark";
import type { QuestionControlProps } from "./question-control-props";
import { cx } from "@/components/ui/cx";

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const moveButton = cx(
  "inline-flex size-11 shrink-0 items-center justify-center rounded-lg",
  "border border-slate-300 bg-white text-base text-slate-700",
  "hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40",
  "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
  "dark:hover:bg-slate-800",
);

/**
 * Ordering: a list with "Move up" / "Move down" buttons (the keyboard way; each names its
 * item) and drag and drop. Every move is announced. Until the learner moves something the
 * shown order is not an answer, so the control offers "Keep this order" to give it as one.
 */
export function OrderingQuestion({
  question,
  value,
  onChange,
  disabled,
  feedback,
}: QuestionControlProps<"ordering">) {
  const id = useId();
  const order = value?.itemIds ?? question.items.map((item) => item.id);
  const textOf = new Map(question.items.map((item) => [item.id, item.text]));
  const [announcement, setAnnouncement] = useState("");
  const [dragId, setDragId] = useState<string | null>(null);
  const [overIndex, setOverIndex] = useState<number | null>(null);
  // After a button move, focus follows the item (React moves its node, which drops focus).
  const refocus = useRef<{ itemId: string; direction: "up" | "down" } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const key = feedback?.question.kind === "ordering" ? feedback.question.answer : null;

  useEffect(() => {
    const target = refocus.current;
    if (!target || !listRef.current) return;
    refocus.current = null;
    const buttons = listRef.current.querySelectorAll<HTMLButtonElement>(
      `[data-item="${CSS.escape(target.itemId)}"]`,
    );
    const preferred = [...buttons].find(
      (b) => b.dataset.direction === target.direction && !b.disabled,
    );
    (preferred ?? [...buttons].find((b) => !b.disabled))?.focus();
  });

  function moveItem(from: number, to: number, how: "button" | "drag") {
    if (to < 0 || to >= order.length || from === to) return;
    const itemId = order[from];
    if (itemId === undefined) return;
    if (how === "button") refocus.current = { itemId, direction: to < from ? "up" : "down" };
    onChange({ kind: "ordering", itemIds: move(order, from, to) });
    setAnnouncement(`${textOf.get(itemId)} moved to position ${to + 1} of ${order.length}.`);
  }

  function drop(event: DragEvent, index: number) {
    event.preventDefault();
    if (dragId !== null) moveItem(order.indexOf(dragId), index, "drag");
    setDragId(null);
    setOverIndex(null);
  }

  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-how`}>
      <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
      <p id={`${id}-how`} className="text-sm text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-900 dark:text-slate-100">
          {question.orderLabel}.
        </span>{" "}
        Use Move up and Move down
        <span className="hidden sm:inline">, or drag the items</span>.
      </p>
      <ol ref={listRef} className="space-y-2">
        {order.map((itemId, index) => {
          const text = textOf.get(itemId) ?? itemId;
          const right = key ? key[index] === itemId : null;
          const correctPlace = key ? key.indexOf(itemId) + 1 : 0;
          return (
            <li
              key={itemId}
              draggable={!disabled}
              onDragStart={(event) => {
                event.dataTransfer.setData("text/plain", text);
                event.dataTransfer.effectAllowed = "move";
                setDragId(itemId);
              }}
              onDragEnd={() => {
                setDragId(null);
                setOverIndex(null);
              }}
              onDragOver={(event) => {
                if (dragId === null) return;
                event.preventDefault();
                if (overIndex !== index) setOverIndex(index);
              }}
              onDrop={(event) => drop(event, index)}
              className={`flex items-center gap-2 rounded-lg border p-2 pl-3 text-sm ${
                right === true
                  ? cx(
                      "border-emerald-500 bg-emerald-50 dark:border-emerald-600",
                      "dark:bg-emerald-950/40",
                    )
                  : right === false
                    ? "border-red-500 bg-red-50 dark:border-red-600 dark:bg-red-950/40"
                    : overIndex === index && dragId !== itemId
                      ? "border-brand-500 bg-brand-50 dark:bg-brand-950/40"
                      : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
              } ${dragId === itemId ? "opacity-50" : ""} ${disabled ? "" : "cursor-grab"}`}
            >
              <span
                aria-hidden="true"
                className={cx(
                  "w-6 shrink-0 text-center font-mono font-semibold text-slate-500",
                  "dark:text-slate-400",
                )}
              >
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 break-words">
                <span className="sr-only">Position {index + 1}: </span>
                {text}
              </span>
              {key ? (
                <AnswerMark
                  tone={right ? "right" : "wrong"}
                  label={right ? "In place" : `Belongs at ${correctPlace}`}
                />
              ) : (
                <span className="flex shrink-0 gap-1">
                  <button
                    type="button"
                    className={moveButton}
                    data-item={itemId}
                    data-direction="up"
                    disabled={disabled || index === 0}
                    aria-label={`Move ${text} up`}
                    onClick={() => moveItem(index, index - 1, "button")}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className={moveButton}
                    data-item={itemId}
                    data-direction="down"
                    disabled={disabled || index === order.length - 1}
                    aria-label={`Move ${text} down`}
                    onClick={() => moveItem(index, index + 1, "button")}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {value === null && !disabled ? (
        <div
          className={cx(
            "flex flex-wrap items-center gap-3 text-sm text-slate-600",
            "dark:text-slate-400",
          )}
        >
          <span>Not answered yet.</span>
          <button
            type="button"
            className={cx(
              "min-h-11 rounded-lg px-3 font-semibold text-brand-700",
              "underline-offset-2 hover:underline dark:text-brand-300",
            )}
            onClick={() => onChange({ kind: "ordering", itemIds: order })}
          >
            Keep this order
          </button>
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
