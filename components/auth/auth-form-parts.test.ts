// The new-password field as the sign-up and reset forms render it: its length rule told once,
// tied to the field, whether or not a message is shown (new-user review, finding 1).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PASSWORD_MIN, signUpSchema } from "@/lib/schemas/auth";
import { NewPasswordField } from "./auth-form-parts";

/** The field's markup, its text, and the texts its aria-describedby names, in order. */
function render(error?: string, note?: string) {
  const html = renderToStaticMarkup(
    createElement(NewPasswordField, { label: "Password", name: "password", error, note }),
  );
  const describedBy = html.match(/aria-describedby="([^"]*)"/)?.[1]?.split(" ") ?? [];
  const textOf = (id: string) =>
    html.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1] ?? `(no element ${id})`;
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  return { text, described: describedBy.map(textOf) };
}

/** How many times the rule is said: "at least 8 characters", in the hint or a message. */
const timesRuleSaid = (text: string) =>
  text.match(new RegExp(`at least ${PASSWORD_MIN} characters`, "gi"))?.length ?? 0;

const tooShort = signUpSchema.shape.password.safeParse("short").error!.issues[0]!.message;
const tooLong = signUpSchema.shape.password.safeParse("x".repeat(500)).error!.issues[0]!.message;

describe("NewPasswordField", () => {
  test.each([
    ["nothing typed yet", undefined, [`At least ${PASSWORD_MIN} characters.`]],
    ["a password too short", tooShort, [tooShort]],
    ["a password too long", tooLong, [tooLong]],
  ])("with %s the rule is said once, and is what the field names", (_, error, described) => {
    const { text, described: names } = render(error);
    expect(timesRuleSaid(text)).toBe(error === tooLong ? 0 : 1);
    expect(names).toEqual(described);
  });

  // Settings' "New password" adds what changing it does; the rule is still said there, once.
  const note = "Changing it signs you out on every device.";
  test.each([
    ["nothing typed yet", undefined, [`At least ${PASSWORD_MIN} characters. ${note}`]],
    ["a password too short", tooShort, [note, tooShort]],
  ])("with a note and %s, the rule is said once and the note kept", (_, error, described) => {
    const { text, described: names } = render(error, note);
    expect(timesRuleSaid(text)).toBe(1);
    expect(names).toEqual(described);
  });
});
