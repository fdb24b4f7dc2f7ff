import { useLayoutEffect, useRef } from "react";

type Handlers = {
  /** 1–9. */
  onDigit: (n: number) => void;
  onEnter: () => void;
};

const CHOICE_INPUTS = new Set([
  "radio",
  "checkbox",
  "button",
  "submit",
  "reset",
  "range",
  "color",
  "file",
  "image",
]);

/** Where typing happens, shortcuts must not steal keys. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !CHOICE_INPUTS.has(target.type);
  return false;
}

/** Elements whose own Enter already does something (press, follow, open). */
function ownsEnter(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest("button, a[href], summary, select, textarea, [role=button], [role=link]") !==
      null
  );
}

/**
 * The player's keyboard map: 1–9 pick (or toggle) an option, Enter checks / goes next. Off
 * while typing, while a modal dialog is open, with modifier keys, and for a held-down Enter
 * (auto-repeat would race through questions). A control that handles a key itself calls
 * preventDefault, and then the shortcut stands aside.
 */
export function useQuizShortcuts(handlers: Handlers, enabled: boolean) {
  const ref = useRef(handlers);
  // Layout effects: the keys follow each commit at once, not a later task (after a client-side
  // navigation, a passive effect runs after paint, and a key pressed meanwhile was lost).
  useLayoutEffect(() => {
    ref.current = handlers;
  });

  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.isComposing
      )
        return;
      if (document.querySelector("dialog[open]")) return;
      if (isTypingTarget(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        ref.current.onDigit(Number(event.key));
      } else if (
        event.key === "Enter" &&
        !event.repeat &&
        !event.shiftKey &&
        !ownsEnter(event.target)
      ) {
        event.preventDefault();
        ref.current.onEnter();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
