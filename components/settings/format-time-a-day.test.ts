import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { RetentionWorkloadView } from "@/lib/domain/srs/workload";
import { formatTimeADay } from "./format-time-a-day";
import { RetentionWorkloadTable } from "./retention-workload-table";

describe("formatTimeADay", () => {
  test.each([
    [0, "0 s"],
    [0.005, "under 1 s"],
    [0.01, "1 s"],
    [0.04, "2 s"],
    [0.5, "30 s"],
    [0.99, "59 s"],
    [0.995, "1.0 min"],
    [1, "1.0 min"],
    [4.26, "4.3 min"],
    [75, "75.0 min"],
  ])("%s minutes reads %s", (minutes, expected) => {
    expect(formatTimeADay(minutes)).toBe(expected);
  });
});

describe("the workload table of a small collection", () => {
  test("tells seconds a day where every row was 0.0 minutes", () => {
    const view: RetentionWorkloadView = {
      rows: [
        { retention: 0.8, reviewsPerDay: 0.1, minutesPerDay: 0.02, remembered: 0.7 },
        { retention: 0.9, reviewsPerDay: 0.2, minutesPerDay: 0.04, remembered: 0.85 },
      ],
      desiredRetention: 0.9,
      personal: false,
      cardCount: 3,
      studying: true,
      newPerDay: 20,
      secondsPerReview: 12,
    };
    const html = renderToStaticMarkup(createElement(RetentionWorkloadTable, { view }));
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    // Reviews, time and remembered, for each row.
    expect(cells).toEqual(["0.1", "1 s", "70%", "0.2", "2 s", "85%"]);
    expect(html).toContain("Time a day");
  });
});
