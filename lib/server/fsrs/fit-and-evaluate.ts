import "server-only";
import type { FsrsItem } from "@/lib/domain/srs/fsrs-items";
import { evaluateParameters, type Evaluation } from "@/lib/domain/srs/fsrs-metrics";
import { DEFAULT_PARAMETERS } from "@/lib/domain/srs/fsrs-parameters";
import { personalIsBetter } from "@/lib/domain/srs/optimisation-rules";
import { splitByTime } from "@/lib/domain/srs/split-by-time";
import { fitParameters } from "./fit-parameters";

export type FitAndEvaluation = {
  /** The weights to store: fitted on every item when they are used, else the evaluated fit. */
  parameters: number[];
  /** The fit on the older four fifths: the weights the figures below are of. */
  evaluated: number[];
  /** Whether the personal parameters schedule the learner's cards. */
  inUse: boolean;
  /** The defaults and the fit on the older items, both scored on the newest fifth. */
  defaults: Evaluation;
  personal: Evaluation;
  fitItems: number;
  testItems: number;
};

/**
 * Evaluate, then fit on everything. fsrs-rs fits the older four fifths of the items; that fit
 * and the defaults predict the newest fifth, which decides whether personal parameters are used
 * at all. When they are, the weights that schedule are fitted again on every item, the newest
 * included: a fifth more reviews, and the most recent ones. (Fitting on all of a simulated
 * learner's first N reviews instead of their older four fifths brings the fit closer to the
 * true memory, most of all on large logs: see bench:fsrs and the README.) The stored figures
 * stay those of the evaluated fit, the only ones measured on reviews their fit never saw.
 */
export async function fitAndEvaluate(items: readonly FsrsItem[]): Promise<FitAndEvaluation> {
  const { fit, test } = splitByTime(items);
  const evaluated = await fitParameters(fit);
  const defaults = evaluateParameters(DEFAULT_PARAMETERS, test);
  const personal = evaluateParameters(evaluated, test);
  const inUse = personalIsBetter(defaults, personal);
  return {
    parameters: inUse ? await fitParameters(items) : evaluated,
    evaluated,
    inUse,
    defaults,
    personal,
    fitItems: fit.length,
    testItems: test.length,
  };
}
