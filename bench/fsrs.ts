// npm run bench:fsrs — does optimisation recover a learner's memory?
// Simulated learners whose memory follows known FSRS-6 parameters (not the defaults) study with
// the app's own scheduler (lib/domain/srs: default parameters, retention 0.9, the study
// screen's order and limits). Their review logs become FSRS items exactly as the app builds
// them. Each profile (memory, habits, N) is simulated with SEEDS seeds: SEEDS learners whose
// memory is the same and whose luck differs. The app's optimisation (fitAndEvaluate: fit on the
// older four fifths, test on the newest fifth, and when the personal parameters win, fit again
// on every item) runs on each learner's first N reviews (N = 500 to 4,000); the reviews that
// follow (the next 5,000) are held out and predicted with the true, the default and the fitted
// parameters (fsrs-rs on all the items of the first N reviews, what the app schedules with when
// its test keeps them), and with the fit on the older four fifths alone (what the app used to
// schedule with). A long held-out future keeps the comparison precise: with only a fifth
// of N held out, sampling noise alone moves log loss by several per cent.
// Targets, per learner with 1,000 reviews or more: the fitted parameters' log loss within 2% of
// the true parameters', and lower than the defaults'. Prints one row per learner and a summary
// per profile (median and worst over the seeds, the seeds that miss) and writes
// bench/results/fsrs.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRng } from "@/lib/domain/random";
import { buildFsrsItems } from "@/lib/domain/srs/fsrs-items";
import { evaluateParameters, type Evaluation } from "@/lib/domain/srs/fsrs-metrics";
import { DEFAULT_PARAMETERS } from "@/lib/domain/srs/fsrs-parameters";
import {
  TYPICAL_HABITS,
  simulateReviews,
  type RatingHabits,
} from "@/lib/domain/srs/simulate-reviews";
import {
  HARD_PRONE_HABITS,
  STEEP_CURVE_MEMORY,
  STRONG_MEMORY,
  WEAK_MEMORY,
} from "@/lib/domain/srs/simulated-learners";
import { fitAndEvaluate } from "@/lib/server/fsrs/fit-and-evaluate";
import { fitParameters } from "@/lib/server/fsrs/fit-parameters";

const TARGET_REVIEWS = 1000;
const TARGET_RATIO = 1.02;

const HELD_OUT_REVIEWS = 5000;
/**
 * Learners per profile (`-- --seeds 8` for more); seed 0 is the learner earlier versions of this
 * benchmark simulated.
 */
const SEEDS = seedsFromArgs(process.argv.slice(2), 5);

function seedsFromArgs(args: readonly string[], fallback: number): number {
  const at = args.indexOf("--seeds");
  if (at === -1) return fallback;
  const seeds = Number(args[at + 1]);
  if (!Number.isInteger(seeds) || seeds < 1) throw new RangeError("--seeds needs a whole number");
  return seeds;
}

const STRONG = [...STRONG_MEMORY];
const WEAK = [...WEAK_MEMORY];
const STEEP = [...STEEP_CURVE_MEMORY];
const HARD_GRADER = HARD_PRONE_HABITS;

type Targets = { withinTwoPercentOfTrue: boolean; betterThanDefaults: boolean };

type Learner = {
  name: string;
  memory: number[];
  /** Reviews the optimiser sees. */
  reviews: number;
  newPerDay: number;
  habits: RatingHabits;
};

const LEARNERS: Learner[] = [
  { name: "strong, 500", memory: STRONG, reviews: 500, newPerDay: 10, habits: TYPICAL_HABITS },
  { name: "strong, 1,000", memory: STRONG, reviews: 1000, newPerDay: 10, habits: TYPICAL_HABITS },
  { name: "weak, 1,000", memory: WEAK, reviews: 1000, newPerDay: 10, habits: TYPICAL_HABITS },
  {
    name: "steep curve, 2,000",
    memory: STEEP,
    reviews: 2000,
    newPerDay: 15,
    habits: TYPICAL_HABITS,
  },
  {
    name: "weak, Hard-prone, 2,000",
    memory: WEAK,
    reviews: 2000,
    newPerDay: 15,
    habits: HARD_GRADER,
  },
  { name: "strong, 4,000", memory: STRONG, reviews: 4000, newPerDay: 20, habits: TYPICAL_HABITS },
];

const fmt = (x: number, digits = 4) => x.toFixed(digits);
const pct = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)}%`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

async function runLearner(learner: Learner, seed: number) {
  const name = seed === 0 ? `bench:${learner.name}` : `bench:${learner.name}:${seed}`;
  const simulation = simulateReviews({
    cardIds: Array.from({ length: 5000 }, (_, i) => `${learner.name}:${i}`),
    start: new Date("2025-01-06T08:00:00Z"),
    days: 3650,
    newPerDay: learner.newPerDay,
    reviewsPerDay: 9999,
    desiredRetention: 0.9,
    schedulerParameters: null,
    memoryParameters: learner.memory,
    habits: learner.habits,
    maxReviews: learner.reviews + HELD_OUT_REVIEWS,
    rng: createRng(name),
  });
  const items = buildFsrsItems(simulation.reviews, "UTC");
  // The app optimises on the items of the first N reviews; the items after are the future.
  const cut = simulation.reviews[learner.reviews]!.review.getTime();
  const seen = items.filter((item) => item.reviewedAt.getTime() < cut);
  const future = items.filter((item) => item.reviewedAt.getTime() >= cut);
  const fitStarted = Date.now();
  const run = await fitAndEvaluate(seen);
  // When the app's own test rejects them, the app keeps the defaults and does not refit; the
  // benchmark still scores the fit on every item, so the fit is judged on every learner.
  const fitted = run.inUse ? run.parameters : await fitParameters(seen);
  const fitSeconds = (Date.now() - fitStarted) / 1000;
  const evaluation = {
    true: evaluateParameters(learner.memory, future),
    default: evaluateParameters(DEFAULT_PARAMETERS, future),
    fitted: evaluateParameters(fitted, future),
    olderFourFifths: evaluateParameters(run.evaluated, future),
  } satisfies Record<string, Evaluation>;
  const ratio = evaluation.fitted.logLoss / evaluation.true.logLoss;
  const scheduled = run.inUse ? evaluation.fitted : evaluation.default;
  const targets: Targets | null =
    learner.reviews >= TARGET_REVIEWS
      ? {
          withinTwoPercentOfTrue: ratio <= TARGET_RATIO,
          betterThanDefaults: evaluation.fitted.logLoss < evaluation.default.logLoss,
        }
      : null;
  return {
    learner: learner.name,
    seed,
    rngSeed: name,
    reviews: learner.reviews,
    heldOutReviews: simulation.reviews.length - learner.reviews,
    items: { fit: seen.length, test: future.length },
    trueParameters: learner.memory,
    fittedParameters: fitted.map((w) => Number(w.toFixed(4))),
    evaluation,
    fittedOverTrueLogLoss: ratio,
    defaultOverTrueLogLoss: evaluation.default.logLoss / evaluation.true.logLoss,
    /** The fit on the older four fifths only (what the app scheduled with before it refitted). */
    olderFourFifthsOverTrueLogLoss: evaluation.olderFourFifths.logLoss / evaluation.true.logLoss,
    /** Whether the app's own test (older four fifths vs newest fifth) keeps the fit. */
    personalWouldBeUsed: run.inUse,
    /** Log loss of what the app would schedule with: the fit when kept, else the defaults. */
    scheduledOverTrueLogLoss: scheduled.logLoss / evaluation.true.logLoss,
    fitSeconds,
    targets,
  };
}

async function main() {
  const started = Date.now();
  const results: Awaited<ReturnType<typeof runLearner>>[] = [];
  for (const learner of LEARNERS) {
    for (let seed = 0; seed < SEEDS; seed++) results.push(await runLearner(learner, seed));
  }

  const mark = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "OK" : "MISSED");
  console.log(
    [
      "learner".padEnd(24),
      "seed",
      "items fit/test",
      "LL true",
      "LL default",
      "LL fitted",
      "fit/true",
      "dflt/true",
      "RMSE true",
      "RMSE dflt",
      "RMSE fit",
      "used",
      "within 2%",
      "< default",
    ].join("  "),
  );
  for (const r of results) {
    console.log(
      [
        r.learner.padEnd(24),
        String(r.seed).padStart(4),
        `${r.items.fit}/${r.items.test}`.padStart(14),
        fmt(r.evaluation.true.logLoss).padStart(7),
        fmt(r.evaluation.default.logLoss).padStart(10),
        fmt(r.evaluation.fitted.logLoss).padStart(9),
        pct(r.fittedOverTrueLogLoss).padStart(8),
        pct(r.defaultOverTrueLogLoss).padStart(9),
        fmt(r.evaluation.true.rmseBins).padStart(9),
        fmt(r.evaluation.default.rmseBins).padStart(9),
        fmt(r.evaluation.fitted.rmseBins).padStart(8),
        (r.personalWouldBeUsed ? "yes" : "no").padStart(4),
        mark(r.targets?.withinTwoPercentOfTrue).padStart(9),
        mark(r.targets?.betterThanDefaults).padStart(9),
      ].join("  "),
    );
  }

  const profiles = LEARNERS.map((learner) => {
    const rows = results.filter((r) => r.learner === learner.name);
    const ratios = rows.map((r) => r.fittedOverTrueLogLoss);
    const seedsWhere = (miss: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(miss).map((r) => r.seed);
    return {
      learner: learner.name,
      reviews: learner.reviews,
      seeds: rows.length,
      fittedOverTrue: { median: median(ratios), worst: Math.max(...ratios) },
      defaultOverTrue: { median: median(rows.map((r) => r.defaultOverTrueLogLoss)) },
      olderFourFifthsOverTrue: {
        median: median(rows.map((r) => r.olderFourFifthsOverTrueLogLoss)),
        worst: Math.max(...rows.map((r) => r.olderFourFifthsOverTrueLogLoss)),
        seedsOutsideTwoPercent: seedsWhere((r) => r.olderFourFifthsOverTrueLogLoss > TARGET_RATIO),
      },
      scheduledOverTrue: {
        median: median(rows.map((r) => r.scheduledOverTrueLogLoss)),
        worst: Math.max(...rows.map((r) => r.scheduledOverTrueLogLoss)),
      },
      used: rows.filter((r) => r.personalWouldBeUsed).length,
      seedsOutsideTwoPercent: seedsWhere((r) => r.fittedOverTrueLogLoss > TARGET_RATIO),
      seedsNotBelowDefaults: seedsWhere(
        (r) => r.evaluation.fitted.logLoss >= r.evaluation.default.logLoss,
      ),
    };
  });
  const list = (seeds: number[]) => (seeds.length === 0 ? "none" : seeds.join(", "));
  console.log(`\nPer profile, over ${SEEDS} seeds (log loss over the true parameters'):`);
  console.log(
    [
      "learner".padEnd(24),
      "fitted: median",
      "worst",
      "seeds > 2%",
      "seeds >= default",
      "4/5 fit: median",
      "worst",
      "seeds > 2%",
      "default: median",
      "used",
      "scheduled: median",
      "worst",
    ].join("  "),
  );
  for (const p of profiles) {
    console.log(
      [
        p.learner.padEnd(24),
        pct(p.fittedOverTrue.median).padStart(14),
        pct(p.fittedOverTrue.worst).padStart(5),
        list(p.seedsOutsideTwoPercent).padStart(10),
        list(p.seedsNotBelowDefaults).padStart(16),
        pct(p.olderFourFifthsOverTrue.median).padStart(15),
        pct(p.olderFourFifthsOverTrue.worst).padStart(5),
        list(p.olderFourFifthsOverTrue.seedsOutsideTwoPercent).padStart(10),
        pct(p.defaultOverTrue.median).padStart(15),
        `${p.used}/${p.seeds}`.padStart(4),
        pct(p.scheduledOverTrue.median).padStart(17),
        pct(p.scheduledOverTrue.worst).padStart(5),
      ].join("  "),
    );
  }

  const checked = results.filter((r) => r.targets);
  const count = (ok: (t: Targets) => boolean) => checked.filter((r) => ok(r.targets!)).length;
  const within = count((t) => t.withinTwoPercentOfTrue);
  const below = count((t) => t.betterThanDefaults);
  const allOk = within === checked.length && below === checked.length;
  const seconds = (Date.now() - started) / 1000;
  const verdict = (n: number) =>
    `${n === checked.length ? "OK" : "MISSED"} (${n}/${checked.length} learners)`;
  console.log(`\nLearners with ${TARGET_REVIEWS} reviews or more:`);
  console.log(`  fitted log loss within 2% of the true parameters': ${verdict(within)}`);
  console.log(`  fitted log loss below the defaults':               ${verdict(below)}`);
  console.log(`${seconds.toFixed(1)} s`);

  const out = path.join(import.meta.dirname, "results", "fsrs.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    command: "npm run bench:fsrs",
    machine: { cpus: os.cpus().length, node: process.version },
    seedsPerProfile: SEEDS,
    targets: { minReviews: TARGET_REVIEWS, maxFittedOverTrueLogLoss: TARGET_RATIO, allOk },
    seconds,
    profiles,
    learners: results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
