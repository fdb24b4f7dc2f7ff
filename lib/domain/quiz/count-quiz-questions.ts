/**
 * "How many questions does this programme have?" has one answer everywhere (library card,
 * programme page, quiz set-up): the questions a quiz on the programme can ask, with the
 * filter the quiz itself uses (`filterQuestions`: the programme among a question's
 * programmes, or as its topic) in the scope the "Quiz on this" link opens. That scope is the
 * source document, as for every quiz, except for a programme that lies beyond the source
 * (its questions all use NATO background): its link opens with the background included.
 */
import { filterQuestions, type FilterableQuestion } from "./draw-quiz";

export type QuizQuestionCount = {
  count: number;
  /** The scope counted in, which the "Quiz on this" link opens with. */
  sourceOnly: boolean;
};

export function countQuizQuestions(
  banks: { bank: readonly FilterableQuestion[]; sourceOnlyBank: readonly FilterableQuestion[] },
  programme: { id: string; beyondSource: boolean },
): QuizQuestionCount {
  const sourceOnly = !programme.beyondSource;
  const count = filterQuestions(sourceOnly ? banks.sourceOnlyBank : banks.bank, {
    programmeIds: [programme.id],
    kinds: [],
    sourceOnly,
  }).length;
  return { count, sourceOnly };
}

/** The words shown with the count, saying what it counts. */
export function quizQuestionCountLabel({ count, sourceOnly }: QuizQuestionCount): string {
  const questions = `${count} question${count === 1 ? "" : "s"} you can be quizzed on`;
  return `${questions} (${sourceOnly ? "from the source document" : "NATO background included"})`;
}

/** The quiz set-up link for a programme, opening in the scope its count was taken in. */
export function quizOnProgrammeHref(programmeId: string, { sourceOnly }: QuizQuestionCount) {
  const background = sourceOnly ? "" : "&background=1";
  return `/quizzes/new?programme=${encodeURIComponent(programmeId)}${background}`;
}
