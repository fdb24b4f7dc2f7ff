import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonStyles } from "@/components/ui/styles";
import type { ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { AccuracySection } from "./accuracy-section";
import { ActivityTotals } from "./activity-totals";
import { DailyActivitySection } from "./daily-activity-section";
import { DueForecastSection } from "./due-forecast-section";
import { MasterySection } from "./mastery-section";
import { RecentAttempts } from "./recent-attempts";
import { StudyCalendarSection } from "./study-calendar-section";
import { WeakSpots } from "./weak-spots";

/**
 * The whole progress dashboard for one learner. A learner who has never answered or reviewed
 * anything gets a welcome with two ways to start instead of a page of empty charts.
 */
export function ProgressOverview({ dashboard }: { dashboard: ProgressDashboard }) {
  const { totals } = dashboard;
  if (totals.answers === 0 && totals.reviews === 0) {
    return (
      <EmptyState
        title="Your progress starts with your first answer"
        action={
          <div className="flex flex-wrap justify-center gap-3">
            <Link href="/quizzes/new" className={buttonStyles.primary}>
              Take a quiz
            </Link>
            <Link href="/flashcards" className={buttonStyles.secondary}>
              Study flashcards
            </Link>
          </div>
        }
      >
        Take a quiz or review a few flashcards. Your mastery of each programme, your streak, your
        weak spots and the cards coming up will appear here.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-6">
      <ActivityTotals totals={totals} />
      <StudyCalendarSection activity={dashboard.activity} streak={dashboard.streak} />
      <MasterySection
        programmes={dashboard.programmes}
        explanation={dashboard.masteryExplanation}
      />
      <WeakSpots programmes={dashboard.weakProgrammes} questions={dashboard.weakQuestions} />
      {/* items-start: a card with only an empty-state sentence should not stretch to a
          chart's height. */}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <AccuracySection activity={dashboard.activity} />
        <DailyActivitySection activity={dashboard.activity} />
      </div>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <DueForecastSection forecast={dashboard.forecast} cardsStudied={totals.cardsStudied} />
        <RecentAttempts attempts={dashboard.recentAttempts} timeZone={dashboard.timeZone} />
      </div>
    </div>
  );
}
