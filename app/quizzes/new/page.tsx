import type { Metadata } from "next";
import { QuizSetupForm } from "@/components/quiz-setup/quiz-setup-form";
import { PageHeader } from "@/components/ui/page-header";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import { backgroundOnlyKinds } from "@/lib/domain/quiz/background-only-kinds";
import type { FilterableQuestion } from "@/lib/domain/quiz/draw-quiz";
import { encodeStats, packStats } from "@/lib/domain/quiz/packed-stats";
import { requireUser } from "@/lib/server/auth/session";
import { getContentCatalog } from "@/lib/server/content/get-content";

export const metadata: Metadata = { title: "New quiz" };

// The banks are built once per content version: pack each once, not on every request.
const packed = new WeakMap<readonly FilterableQuestion[], string>();
function packedOnce(bank: readonly FilterableQuestion[]): string {
  let stats = packed.get(bank);
  if (!stats) packed.set(bank, (stats = encodeStats(packStats(bank))));
  return stats;
}

export default async function NewQuizPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((x) => [k, x]) : v ? [[k, v]] : [],
    ),
  );
  await requireUser(`/quizzes/new${query.size ? `?${query}` : ""}`);
  const { pack, bank, sourceOnlyBank, index } = getContentCatalog();
  const requested = [params.programme ?? []].flat().filter((id) => index.programmeById.has(id));
  // A programme beyond the source links here with background=1 (see count-quiz-questions.ts).
  const includeBackground = params.background === "1";
  return (
    <>
      <PageHeader
        title="New quiz"
        description={
          "Choose what to be quizzed on, or just start: the defaults give a " +
          "10-question practice quiz on the source document."
        }
      />
      <QuizSetupForm
        programmes={pack.programmes.map(({ id, name, beyondSource }) => ({
          id,
          name,
          beyondSource,
        }))}
        kinds={[...QUESTION_KINDS]}
        backgroundOnlyKinds={backgroundOnlyKinds({ bank, sourceOnlyBank })}
        stats={packedOnce(bank)}
        sourceOnlyStats={packedOnce(sourceOnlyBank)}
        initialProgrammeIds={requested}
        initialSourceOnly={!includeBackground}
      />
    </>
  );
}
