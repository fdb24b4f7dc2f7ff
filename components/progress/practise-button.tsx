import { StartQuizButton } from "@/components/quiz-setup/start-quiz-button";

type Props =
  | { programmeIds: string[]; questionIds?: never; description: string }
  | { questionIds: string[]; programmeIds?: never; description: string };

const MIN_QUESTIONS = 5;

/**
 * One click from a weak spot to a practice quiz on it. `description` ("3 programmes")
 * completes the accessible name, "Practise these 3 programmes", as the page has two buttons.
 */
export function PractiseButton({ programmeIds, questionIds, description }: Props) {
  const body = questionIds
    ? // `count` may not go below the quiz minimum even when fewer questions are named.
      { questionIds, count: Math.max(MIN_QUESTIONS, questionIds.length), mode: "practice" }
    : { programmeIds, mode: "practice" };
  return (
    <StartQuizButton
      url="/api/quiz-attempts"
      body={body}
      label="Practise these"
      srLabel={description}
    />
  );
}
