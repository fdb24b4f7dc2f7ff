import { describe, expect, test } from "vitest";
import { clockOffsetKeeper, formatRemaining, serverClockOffset } from "./use-quiz-timer";

describe("the server's clock, as pages tell it", () => {
  test("the largest offset measured wins: an older page's is too small by its age", () => {
    const now = Date.parse("2026-12-03T12:00:00Z");
    const at = (ms: number) => new Date(now + ms).toISOString();
    // A fresh page: the server is 1 s ahead.
    expect(serverClockOffset(at(1_000), now)).toBe(1_000);
    // The same page restored 40 s later (Back): made at server time now + 1 s.
    expect(serverClockOffset(at(1_000), now + 40_000)).toBe(1_000);
    // A fresh page whose reply took longer measures less, and changes nothing.
    expect(serverClockOffset(at(40_500), now + 40_000)).toBe(1_000);
    // The browser's clock was put back 5 s: the server is now 6 s ahead of it.
    expect(serverClockOffset(at(46_000), now + 40_000)).toBe(6_000);
  });
});

describe("formatRemaining", () => {
  test.each([
    [0, "00:00"],
    [1, "00:01"],
    [59_001, "01:00"],
    [3 * 3_600_000, "180:00"],
  ])("%i ms: %s", (ms, text) => expect(formatRemaining(ms)).toBe(text));
});

describe("across a reload of the tab", () => {
  test("the largest offset is kept in the tab's storage, and read back by the next load", () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    };
    const now = Date.parse("2026-12-03T12:00:00Z");
    const first = clockOffsetKeeper(() => storage);
    expect(first(new Date(now + 2_000).toISOString(), now)).toBe(2_000);
    // A new page load: the worker's copy of the page, made 60 s ago.
    const second = clockOffsetKeeper(() => storage);
    expect(second(new Date(now + 2_000).toISOString(), now + 60_000)).toBe(2_000);
    // Without the tab's storage, the copy's own measure was all there was.
    const alone = clockOffsetKeeper(() => null);
    expect(alone(new Date(now + 2_000).toISOString(), now + 60_000)).toBe(-58_000);
  });
});
