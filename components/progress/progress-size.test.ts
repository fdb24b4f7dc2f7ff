// Issue 15: /progress was 163 KB of HTML for a learner with a year of history; the target is
// under 100 KB. Rendered here at the component level with a heavy dashboard (365 active days,
// 40 programmes), the way the page's server render draws it, charts included (server SVG).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test, vi } from "vitest";

// The practise buttons (components/quiz-setup) ask for the App Router, which only a running
// app mounts; nothing else on the dashboard needs it (links render as plain anchors).
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push() {}, refresh() {}, prefetch() {} }),
  usePathname: () => "/progress",
}));
import type { MasteryRow, ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { ProgressOverview } from "./progress-overview";

const year = Array.from({ length: 365 }, (_, i) => ({
  day: new Date(Date.UTC(2025, 11, 1) + i * 86_400_000).toISOString().slice(0, 10),
  answers: 1 + (i % 29),
  scoreSum: 0.6 * (1 + (i % 29)),
  reviews: 20 + (i % 17),
}));
const row = (i: number): MasteryRow => ({
  id: `programme-${i}`,
  name: `Partnership programme number ${i}`,
  mastery: 0.5,
  quiz: 0.6,
  cards: 0.4,
  answers: 120,
  cardsStudied: 30,
  cardsTotal: 60,
});
const programmes = Array.from({ length: 40 }, (_, i) => row(i));
const dashboard: ProgressDashboard = {
  timeZone: "Europe/Brussels",
  today: year.at(-1)!.day,
  masteryExplanation: "x".repeat(300),
  programmes,
  topics: programmes.slice(0, 6),
  activity: year,
  streak: { current: 200, longest: 300, studiedToday: true },
  forecast: Array.from({ length: 30 }, (_, i) => ({ day: year[i]!.day, due: 10 + i })),
  weakProgrammes: programmes.slice(0, 3),
  weakQuestions: Array.from({ length: 5 }, (_, i) => ({
    questionId: `q${i}`,
    prompt: "Which programme ".repeat(8),
    programmeName: "Partnership for Peace",
    answers: 4,
    accuracy: 0.2,
  })),
  recentAttempts: Array.from({ length: 5 }, (_, i) => ({
    id: `a${i}`,
    mode: "exam",
    submittedAt: new Date(Date.UTC(2026, 10, 20 + i)).toISOString(),
    score: 0.7,
    correctCount: 35,
    questions: 50,
  })),
  totals: { answers: 5000, reviews: 10000, daysStudied: 365, cardsDueToday: 40, cardsStudied: 300 },
};

// The page's HTML carries this markup twice (the HTML and the React payload that repeats it,
// more verbosely) plus the layout (the bare signed-in page is about 13 KB). A budget on the
// markup, not the page: bench:web measures the page. 65 KB before the long lists' per-row
// classes moved into globals.css, 43 KB before the calendar's squares became stroked lines,
// 41 KB without the charts while the browser drew them; with the charts as server SVG (which
// sends no chart points as client props), 47.9 KB as first drawn and 42.1 KB after their
// labels shared their classes and the accuracy chart shared the daily table; 34.4 KB (536
// elements, from 864) once the three tables were drawn only when opened, 33.2 KB (456) once a
// mastery row drew its bar with CSS and dropped its wrapper; 27.7 KB (443) once the calendar's
// squares were zero-length lines, the cards and buttons one class each and the weak spots' and
// recent quizzes' rows three elements. Elements are budgeted too: each
// costs the server about 10 us a request through Next's two renders (README, "Performance").
// This dashboard is heavier than a real one (40 programmes against 12, cards due on every one
// of 30 days).
test("the dashboard's markup for a year of history fits the 100 KB page budget", () => {
  const html = renderToStaticMarkup(createElement(ProgressOverview, { dashboard }));
  expect(html).toContain("Study calendar, last 365 days");
  expect(html.match(/<li[ >]/g)?.length).toBeGreaterThanOrEqual(programmes.length);
  // The three 30-day charts are drawn here, on the server, not by a library in the browser.
  expect(html.match(/<svg viewBox="0 0 600 200" preserveAspectRatio="none"/g)).toHaveLength(3);
  // The tables are folded away and drawn in the browser once opened: none is in the markup.
  expect(html.match(/<summary[^>]*>Show as a table<\/summary>/g)).toHaveLength(3);
  expect(html).not.toContain("<table");
  expect(html.length).toBeLessThan(28_500);
  expect(html.match(/<[a-z]/g)!.length).toBeLessThan(450);
});
