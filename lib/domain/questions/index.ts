/** Public API of question generation, presentation and grading (all pure). */
export { generateQuestionBank } from "./generate";
export { gradeResponse } from "./grade";
export { matchTypedAnswer, normalizeAnswer } from "./normalize";
export { presentQuestion, toPublicQuestion } from "./present";
export { parseResponse, ResponseSchema } from "./response-schema";
export { publicIdOf } from "./templates/context";
export { countBankByProgramme } from "./count-bank";
export { toSourceOnlyPack } from "@/lib/domain/content/source-only";
export { generateFlashcards } from "@/lib/domain/flashcards/generate";
export type { Flashcard, FlashcardKind } from "@/lib/domain/flashcards/types";
export { QUESTION_KINDS } from "./types";
export type {
  Choice,
  Difficulty,
  GradeDetail,
  GradeResult,
  Pair,
  PublicQuestion,
  Question,
  QuestionKind,
  QuestionOfKind,
  QuestionTags,
  Response,
  SourceCitation,
} from "./types";
