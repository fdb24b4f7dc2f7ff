import { describe, expect, it } from "vitest";
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, systemChromium } from "./chromium";

describe("systemChromium", () => {
  const cases: {
    name: string;
    env: Record<string, string | undefined>;
    present: string[];
    want?: string;
  }[] = [
    {
      name: "CHROMIUM_PATH wins over Debian's browsers",
      env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
      present: [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM],
      want: "/opt/chrome/chrome",
    },
    {
      name: "the headless shell before the full browser",
      env: {},
      present: [DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL],
      want: DEBIAN_HEADLESS_SHELL,
    },
    {
      name: "the full browser when it is the only one",
      env: {},
      present: [DEBIAN_CHROMIUM],
      want: DEBIAN_CHROMIUM,
    },
    {
      name: "the headless shell alone",
      env: {},
      present: [DEBIAN_HEADLESS_SHELL],
      want: DEBIAN_HEADLESS_SHELL,
    },
    { name: "none: Playwright's own build", env: {}, present: [], want: undefined },
  ];
  it.each(cases)("$name", ({ env, present, want }) => {
    expect(systemChromium(env, (file) => present.includes(file))).toBe(want);
  });
});
