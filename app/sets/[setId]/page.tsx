import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/classes/confirm-action-button";
import { DeleteSetButton } from "@/components/classes/delete-set-button";
import { DuplicateSetButton } from "@/components/classes/duplicate-set-button";
import { RenameSetForm } from "@/components/classes/rename-set-form";
import { CustomCardForm } from "@/components/interop/custom-card-form";
import { ExportLinks } from "@/components/interop/export-links";
import { ImportFileForm } from "@/components/interop/import-file-form";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import { requireUser } from "@/lib/server/auth/session";
import { getSetDeleteRefusal } from "@/lib/server/classes/delete-set";
import { getSet } from "@/lib/server/classes/get-set";
import { getSetWorkLock } from "@/lib/server/classes/set-work";
import { listSetCustomCards } from "@/lib/server/interop/custom-cards";
import { listSetCustomQuestions } from "@/lib/server/interop/custom-questions";

export const metadata: Metadata = { title: "Set" };

type Props = {
  params: Promise<{ setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A list item's text takes the row, down to 16rem; narrower, its buttons wrap under it instead of
// squeezing it into a column of two or three words a line beside them (a phone's width).
const itemText = "min-w-0 flex-[1_1_16rem]";

const SAVED: Record<string, string> = {
  question: "Question saved.",
  card: "Card saved.",
  contents: "Set saved. Learners who start it from now on get these contents.",
  copy: "Set copied, with your own questions and cards. The copy is not assigned to any class yet.",
};

/** How many questions or cards the instructor wrote in the set; null when they did not load. */
function ownItemCount(list: { ok: true; data: unknown[] } | { ok: false } | null): number | null {
  return list?.ok ? list.data.length : null;
}

/** One of the instructor's sets: its questions or cards, and the ones they wrote themselves. */
export default async function SetPage({ params, searchParams }: Props) {
  const { setId } = await params;
  const saved = (await searchParams).saved;
  const user = await requireUser(`/sets/${encodeURIComponent(setId)}`);
  const caller = { id: user.id, role: user.role };
  const result = await getSet(caller, setId);
  if (!result.ok) notFound();
  const set = result.data;
  const quiz = set.kind === "quiz";
  const href = `/sets/${encodeURIComponent(set.id)}`;
  const [questions, cards, workLock, deleteRefusal] = await Promise.all([
    quiz ? listSetCustomQuestions(caller, set.id) : null,
    quiz ? null : listSetCustomCards(caller, set.id),
    // A flashcard set's own cards may keep growing (set-work.ts): only a quiz set's lock.
    quiz ? getSetWorkLock(caller, set.id) : null,
    getSetDeleteRefusal(caller, set.id),
  ]);
  const savedMessage = typeof saved === "string" ? SAVED[saved] : undefined;

  return (
    <>
      <Breadcrumb trail={[{ href: "/sets", label: "Sets" }]} current={set.name} />
      <PageHeader
        title={set.name}
        description={
          quiz
            ? "Your own questions are asked to every learner after the set's generated ones."
            : "Your own cards join the study of every learner the set is assigned to."
        }
      />
      <div className="mb-6 flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-[1_1_16rem]">
          <RenameSetForm setId={set.id} name={set.name} />
        </div>
        <DeleteSetButton
          setId={set.id}
          name={set.name}
          kind={set.kind}
          ownItems={ownItemCount(quiz ? questions : cards)}
          refusal={deleteRefusal}
        />
      </div>
      {savedMessage ? (
        <div className="mb-4">
          <Alert tone="success">{savedMessage}</Alert>
        </div>
      ) : null}

      <div className="mb-6 flex flex-wrap items-start gap-4">
        <Link href={`${href}/edit`} className={buttonStyles.secondary}>
          Edit set
        </Link>
        <DuplicateSetButton setId={set.id} />
        <ExportLinks
          href={`/api/sets/${set.id}/export`}
          kind={quiz ? "questions" : "cards"}
          what={set.name}
        />
        {workLock ? null : (
          <details>
            <summary className="cursor-pointer text-sm">Import a file</summary>
            <ImportFileForm setId={set.id} setName={set.name} kind={quiz ? "questions" : "cards"} />
          </details>
        )}
      </div>

      {quiz && questions ? (
        <>
          <section aria-labelledby="own-questions" className="mb-8">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="own-questions" className="text-lg font-semibold">
                Your questions
              </h2>
              {workLock ? null : (
                <Link href={`${href}/questions/new`} className={buttonStyles.primary}>
                  Write a question
                </Link>
              )}
            </div>
            {workLock ? (
              <div className="mb-3">
                <Alert tone="info">{workLock}</Alert>
              </div>
            ) : null}
            {!questions.ok ? (
              <Alert tone="error">{questions.error}</Alert>
            ) : questions.data.length === 0 ? (
              workLock ? (
                <p className="text-sm">No questions of your own.</p>
              ) : (
                <EmptyState title="No questions of your own yet">
                  Write one, copy a generated question below to adapt its wording, or import a GIFT
                  or Moodle XML file.
                </EmptyState>
              )
            ) : (
              <ol className="space-y-2">
                {questions.data.map(({ id, question }) => (
                  <li key={id} className={`${cardStyles} flex flex-wrap items-start gap-3`}>
                    <div className={itemText}>
                      <p className="text-xs text-slate-500 dark:text-slate-400">
                        {KIND_LABELS[question.kind]}
                      </p>
                      <p className="break-words">{questionSummary(question)}</p>
                    </div>
                    {workLock ? null : (
                      <>
                        <Link
                          href={`${href}/questions/${encodeURIComponent(id)}/edit`}
                          className={buttonStyles.ghost}
                        >
                          Edit<span className="sr-only"> {questionSummary(question)}</span>
                        </Link>
                        <ConfirmActionButton
                          url={`/api/sets/${set.id}/questions/${encodeURIComponent(id)}`}
                          method="DELETE"
                          label="Delete"
                          srLabel={questionSummary(question)}
                          confirmMessage={
                            "Delete this question? Attempts that already asked it keep it."
                          }
                          tone="ghost"
                        />
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="generated-questions">
            <h2 id="generated-questions" className="mb-1 text-lg font-semibold">
              {set.drawPerLearner ? "Pinned generated questions" : "Generated questions"}
            </h2>
            {workLock ? null : (
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
                Copy one to make it your own: the copy opens in the form, to adapt its wording.
              </p>
            )}
            {set.questions.length === 0 ? (
              <p className="text-sm">
                {set.drawPerLearner
                  ? "Each learner gets a draw of their own; none is pinned."
                  : "This set has no generated questions."}
              </p>
            ) : (
              <ol className="space-y-2">
                {set.questions.map((q) => (
                  <li key={q.id} className={`${cardStyles} flex flex-wrap items-start gap-3`}>
                    <div className={itemText}>
                      <p className="text-xs text-slate-500 dark:text-slate-400">
                        {KIND_LABELS[q.kind]}
                      </p>
                      <p className="break-words">{questionSummary(q)}</p>
                    </div>
                    {workLock ? null : (
                      <Link
                        href={`${href}/questions/new?copy=${encodeURIComponent(q.id)}`}
                        className={buttonStyles.ghost}
                      >
                        Copy to my questions
                        <span className="sr-only">: {questionSummary(q)}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      ) : null}

      {!quiz && cards ? (
        <section aria-labelledby="own-cards">
          <h2 id="own-cards" className="mb-3 text-lg font-semibold">
            Your cards
          </h2>
          <div className="mb-4 max-w-xl">
            <CustomCardForm setId={set.id} />
          </div>
          {!cards.ok ? (
            <Alert tone="error">{cards.error}</Alert>
          ) : cards.data.length === 0 ? (
            <EmptyState title="No cards of your own yet">
              Write one above, or import a TSV or CSV list of terms and definitions.
            </EmptyState>
          ) : (
            <ol className="space-y-2">
              {cards.data.map((c) => (
                <li key={c.id} className={`${cardStyles} flex flex-wrap items-start gap-3`}>
                  <CardFaces front={c.front} back={c.back} />
                  <Link
                    href={`${href}/cards/${encodeURIComponent(c.id)}/edit`}
                    className={buttonStyles.ghost}
                  >
                    Edit<span className="sr-only"> {c.front}</span>
                  </Link>
                  <ConfirmActionButton
                    url={`/api/sets/${set.id}/cards/${encodeURIComponent(c.id)}`}
                    method="DELETE"
                    label="Delete"
                    srLabel={c.front}
                    confirmMessage="Delete this card? Learners' past reviews of it are kept."
                    tone="ghost"
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      {!quiz ? (
        <section aria-labelledby="programme-cards" className="mt-8">
          <h2 id="programme-cards" className="mb-1 text-lg font-semibold">
            Cards from the programmes ({set.cards.length})
          </h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            The cards you chose in the builder; &ldquo;Edit set&rdquo; changes them.
          </p>
          {set.cards.length === 0 ? (
            <p className="text-sm">This set has no cards from the programmes.</p>
          ) : (
            <ol className="space-y-2">
              {set.cards.map((c) => (
                <li key={c.id} className={cardStyles}>
                  <CardFaces front={c.front} back={c.back} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </>
  );
}

/** A card's front and back, as the set page lists them. */
function CardFaces({ front, back }: { front: string; back: string }) {
  return (
    <dl className={itemText}>
      <dt className="sr-only">Front</dt>
      <dd className="font-medium break-words">{front}</dd>
      <dt className="sr-only">Back</dt>
      <dd className="text-sm break-words text-slate-600 dark:text-slate-400">{back}</dd>
    </dl>
  );
}
