import { expect, test } from "vitest";
import { slugify } from "./slugify";

test.each([
  ["Military-to-military contacts", "military-to-military-contacts"],
  ["NATO’s Article 5 guarantee", "natos-article-5-guarantee"],
  ["  Côte d'Ivoire ", "cote-divoire"],
  ["1994", "1994"],
  ["!!!", "x"],
])("slugify(%j) = %j", (text, expected) => {
  expect(slugify(text)).toBe(expected);
});
