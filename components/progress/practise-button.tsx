import { StartQuizButton } from "@/components/quiz-setup/start-quiz-button";

type Props =
  | { programmeIds: string[]; weakQuestions?: never; description: string }
  | { weakQuestions: true; programmeIds?: never; description: string };

/**
 * One click from a weak spot to a practice quiz on it. `description` ("3 programmes")
 * completes the accessible name, "Practise these 3 programmes", as the page has two buttons.
 */
export function PractiseButton({ programmeIds, weakQuestions, description }: Props) {
  // The server looks the weakest questions up itself: no question id comes from the browser.
  const body = weakQuestions
    ? { weakQuestions, mode: "practice" }
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
