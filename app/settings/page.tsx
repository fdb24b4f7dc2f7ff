import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountNameForm } from "@/components/settings/account-name-form";
import { AccountSecurity } from "@/components/settings/account-security";
import { mailDelivery } from "@/lib/server/mail/send-mail";
import { FsrsOptimisationPanel } from "@/components/settings/fsrs-optimisation-panel";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { FSRS_VERSION } from "@/lib/domain/srs/schedule";
import { requireUser } from "@/lib/server/auth/session";
import { hasPassword } from "@/lib/server/account/change-password";
import { getStudySettings } from "@/lib/server/flashcards/get-study-session";
import { getFsrsPanel } from "@/lib/server/fsrs/get-fsrs-panel";
import { RetentionWorkloadSection } from "./_components/retention-workload-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, fsrsPanel, passwordSet] = await Promise.all([
    getStudySettings(user.id),
    getFsrsPanel(user.id),
    hasPassword(user.id),
  ]);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          `Flashcard scheduling uses FSRS (ts-fsrs ${FSRS_VERSION}) ` +
          (settings.fsrsParameters
            ? "with your personal parameters."
            : "with its default parameters.")
        }
      />
      <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,36rem)_minmax(0,1fr)]">
        <StudySettingsForm
          initial={{
            newCardsPerDay: settings.newCardsPerDay,
            maxReviewsPerDay: settings.maxReviewsPerDay,
            desiredRetention: settings.desiredRetention,
            timeZone: settings.timeZone,
          }}
          timeZones={timeZones}
        />
        <Suspense
          fallback={
            <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
              Estimating your workload at each desired retention…
            </p>
          }
        >
          <RetentionWorkloadSection userId={user.id} />
        </Suspense>
      </div>
      <div className="mt-10">
        <FsrsOptimisationPanel initial={fsrsPanel} timeZone={settings.timeZone} />
      </div>
      <div className="mt-10">
        <AccountNameForm name={user.name} />
      </div>
      <div className="mt-10">
        <AccountSecurity
          hasPassword={passwordSet}
          email={user.email}
          canEmail={mailDelivery() !== "none"}
        />
      </div>
    </>
  );
}
