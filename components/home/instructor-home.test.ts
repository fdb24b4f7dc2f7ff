// The instructor's home when none of their classes is current: archived classes are named as
// archived and linked to, not passed over as "no classes yet".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { InstructorHome } from "./instructor-home";

const EMPTY = { classes: [], openAssignments: [], attention: [], attentionTotal: 0 };

function classesSection(archivedClasses: number): string {
  const html = renderToStaticMarkup(
    createElement(InstructorHome, { data: { ...EMPTY, archivedClasses }, timeZone: "UTC" }),
  );
  const start = html.indexOf('aria-labelledby="home-classes-heading"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start).replace(/<[^>]+>/g, "");
}

test.each([
  [1, "Your only class is archived. See your archived classes to restore one"],
  [3, "All 3 of your classes are archived. See your archived classes to restore one"],
])("%i archived class(es), none current: says so, and links to them", (archived, text) => {
  const section = classesSection(archived);
  expect(section).toContain(text);
  expect(section).not.toContain("No classes yet");
  const html = renderToStaticMarkup(
    createElement(InstructorHome, {
      data: { ...EMPTY, archivedClasses: archived },
      timeZone: "UTC",
    }),
  );
  expect(html).toMatch(/<a [^>]*href="\/classes"[^>]*>See your archived classes<\/a>/);
});

test("no class at all: no classes yet", () => {
  expect(classesSection(0)).toContain("No classes yet. Create one");
});
