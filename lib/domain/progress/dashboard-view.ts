/** What the progress dashboard (and the home page's summary) receives from the server. */

export type MasteryRow = {
  id: string;
  name: string;
  /** 0..1, or null when there is no evidence yet (no answers, no cards studied). */
  mastery: number | null;
  /** Recency-weighted quiz accuracy, 0..1 (null without answers). */
  quiz: number | null;
  /** Mean FSRS retrievability of the studied cards now, 0..1 (null without studied cards). */
  cards: number | null;
  answers: number;
  cardsStudied: number;
  cardsTotal: number;
};

export type DayActivity = {
  /** Local calendar day "YYYY-MM-DD" in the learner's time zone. */
  day: string;
  answers: number;
  /** Sum of answer scores (partial credit counts), so accuracy = scoreSum / answers. */
  scoreSum: number;
  reviews: number;
};

export type WeakQuestion = {
  questionId: string;
  prompt: string;
  programmeName: string;
  answers: number;
  /** Recency-weighted accuracy, 0..1. */
  accuracy: number;
};

export type RecentAttempt = {
  id: string;
  mode: "practice" | "exam";
  submittedAt: string;
  score: number;
  correctCount: number;
  questions: number;
};

export type ProgressDashboard = {
  timeZone: string;
  today: string;
  /** One sentence saying how mastery is computed (shown on the page). */
  masteryExplanation: string;
  /** Every programme and format, in content order. */
  programmes: MasteryRow[];
  /** The top-level topics, in content order. */
  topics: MasteryRow[];
  /** The last 365 days, oldest first, every day present (zeros included). */
  activity: DayActivity[];
  streak: { current: number; longest: number; studiedToday: boolean };
  /** The next 30 days from today; cards already overdue count on today. */
  forecast: { day: string; due: number }[];
  /** Up to 3 programmes with evidence and mastery below 100%, weakest first. */
  weakProgrammes: MasteryRow[];
  /** Up to 5 questions answered at least once, weakest first. */
  weakQuestions: WeakQuestion[];
  recentAttempts: RecentAttempt[];
  totals: {
    answers: number;
    reviews: number;
    daysStudied: number;
    cardsDueToday: number;
    cardsStudied: number;
  };
};
