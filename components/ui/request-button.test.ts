import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RequestButton } from "./request-button";

type Props = ComponentProps<typeof RequestButton<null>>;
// The children go as createElement's third argument, which its props type does not count.
const props = { send: async () => ({ kind: "ok", data: null }), className: "btn-primary" };
const button = createElement(RequestButton<null>, props as Props, "Retry the 3 I missed");

describe("RequestButton before the page is interactive", () => {
  test("the server's HTML has it disabled: a click before the script runs would be lost", () => {
    // renderToString is what the server sends, and what hydration starts from.
    expect(renderToString(button)).toMatch(/<button[^>]* disabled=""/);
  });
});
