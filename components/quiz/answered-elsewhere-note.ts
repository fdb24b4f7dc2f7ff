/**
 * What the practice player says when a question it shows as open already has a checked answer
 * on the server (a checked answer is final, so that one is shown). Another tab or window is the
 * usual reason, but not when this device saved that very answer itself: a copy of the page
 * older than the answer (the service worker's, reopened offline) did not know it. The learner
 * is then not told about a tab that never existed.
 */
export function answeredElsewhereNote(
  position: number,
  {
    earlierHere,
    hadOwn,
  }: {
    /** This device saved the stored answer itself, after this copy of the page was made. */
    earlierHere: boolean;
    /** The learner had given another answer on this page, which was not saved. */
    hadOwn: boolean;
  },
): string {
  const n = position + 1;
  const first = earlierHere
    ? `Question ${n} was already checked here, before this copy of the page was loaded.`
    : `Question ${n} was answered in another tab or window first.`;
  const shown = earlierHere ? "your earlier one" : "that one";
  const mine = earlierHere ? "the one you gave now" : "the one you gave here";
  return (
    `${first} A checked answer is final, so the answer shown for it is ${shown}` +
    (hadOwn ? `: ${mine} was not saved.` : ".")
  );
}
