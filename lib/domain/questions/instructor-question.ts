/**
 * Questions an instructor wrote in the form or imported (lib/domain/interop/custom-question.ts
 * builds them): how to tell them from generated ones and what learners call their topic. Nothing
 * imported but types, so the quiz player's client code can use it without the importers'
 * libraries.
 */
import type { Question } from "./types";

/** The topic and the template every instructor's question is tagged with (no programme's). */
export const CUSTOM_TAG = "custom";

/** What a learner sees for that topic, where a programme's name would be. */
export const INSTRUCTOR_QUESTIONS_LABEL = "Your instructor's questions";

/**
 * An instructor's own question. Read from its tags, which an attempt's id masking leaves as they
 * are, so the player's feedback can tell as well as a results page.
 */
export function isInstructorQuestion(question: Pick<Question, "tags">): boolean {
  return question.tags.template === CUSTOM_TAG;
}

/**
 * The name of the programme or topic a question counts under (a results page's "By programme",
 * the progress page's weakest questions): the programme's name, or for an instructor's own
 * questions, which belong to no programme, INSTRUCTOR_QUESTIONS_LABEL.
 */
export function topicLabel(id: string, programmeById: ReadonlyMap<string, { name: string }>) {
  if (id === CUSTOM_TAG) return INSTRUCTOR_QUESTIONS_LABEL;
  // A programme since removed from the content keeps its rows: its id is all there is.
  return programmeById.get(id)?.name ?? id;
}
