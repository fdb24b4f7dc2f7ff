// The question a learner is asked before an assignment's limited attempt is used (as Moodle
// asks): one click used to spend an attempt that could not be given back.

/**
 * `attemptsLeft`: attempts the learner may still start, null when the assignment has no
 * limit (then nothing is asked and this returns undefined).
 */
export function startAttemptConfirmation({
  name,
  attemptsLeft,
}: {
  name: string;
  attemptsLeft: number | null;
}): string | undefined {
  if (attemptsLeft === null || attemptsLeft < 1) return undefined;
  const attempts = attemptsLeft === 1 ? "attempt" : "attempts";
  const after = attemptsLeft - 1;
  const left = after === 0 ? "none will be left" : `${after} will be left`;
  const uses = `This uses 1 of your ${attemptsLeft} remaining ${attempts} at “${name}”`;
  return `${uses}; ${left}. Start now?`;
}
