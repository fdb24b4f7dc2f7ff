import type { Metadata } from "next";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { FSRS_VERSION } from "@/lib/domain/srs/schedule";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySettings } from "@/lib/server/flashcards/get-study-session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await getStudySettings(user.id);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          `Flashcard scheduling uses FSRS (ts-fsrs ${FSRS_VERSION}) ` +
          `with its default parameters.`
        }
      />
      <StudySettingsForm
        initial={{
          newCardsPerDay: settings.newCardsPerDay,
          maxReviewsPerDay: settings.maxReviewsPerDay,
          desiredRetention: settings.desiredRetention,
          timeZone: settings.timeZone,
        }}
        timeZones={timeZones}
      />
    </>
  );
}
