// Shared class names for the few primitives every page uses, so buttons, fields, cards and
// links look the same everywhere without a component per variant. Each is one class defined in
// app/globals.css (its utilities written once there, not on every element: issue 15).
export const buttonStyles = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
} as const;

export const inputStyles = "field";

export const cardStyles = "card";

/** A text link inside prose or a card (a link that looks like a button uses buttonStyles). */
export const linkStyles = "text-link";
