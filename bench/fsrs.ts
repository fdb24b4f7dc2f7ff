// npm run bench:fsrs — does optimisation recover a learner's memory?
// Simulated learners whose memory follows known FSRS-6 parameters (not the defaults) study with
// the app's own scheduler (lib/domain/srs: default parameters, retention 0.9, the study
// screen's order and limits). Their review logs become FSRS items exactly as the app builds
// them. fsrs-rs fits parameters on each learner's first N reviews (N = 500 to 4,000); the
// reviews that follow (the next 5,000) are held out and predicted with the true, the default
// and the fitted parameters. A long held-out future keeps the comparison precise: with only a
// fifth of N held out, sampling noise alone moves log loss by several per cent.
// Targets, for learners with 1,000 reviews or more: the fitted parameters' log loss within 2% of
// the true parameters', and lower than the defaults'. Prints a table and writes
// bench/results/fsrs.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRng } from "@/lib/domain/random";
import { buildFsrsItems } from "@/lib/domain/srs/fsrs-items";
import { evaluateParameters, type Evaluation } from "@/lib/domain/srs/fsrs-metrics";
import { DEFAULT_PARAMETERS } from "@/lib/domain/srs/fsrs-parameters";
import { personalIsBetter } from "@/lib/domain/srs/optimisation-rules";
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
import { fitParameters } from "@/lib/server/fsrs/fit-parameters";

const TARGET_REVIEWS = 1000;
const TARGET_RATIO = 1.02;

const HELD_OUT_REVIEWS = 5000;

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

async function main() {
  const started = Date.now();
  const results = [];
  for (const learner of LEARNERS) {
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
      rng: createRng(`bench:${learner.name}`),
    });
    const items = buildFsrsItems(simulation.reviews, "UTC");
    // Fit on the items that the first N reviews give; test on the items of the reviews after.
    const cut = simulation.reviews[learner.reviews]!.review.getTime();
    const fit = items.filter((item) => item.reviewedAt.getTime() < cut);
    const test = items.filter((item) => item.reviewedAt.getTime() >= cut);
    const fitStarted = Date.now();
    const fitted = await fitParameters(fit);
    const fitSeconds = (Date.now() - fitStarted) / 1000;
    const evaluation = {
      true: evaluateParameters(learner.memory, test),
      default: evaluateParameters(DEFAULT_PARAMETERS, test),
      fitted: evaluateParameters(fitted, test),
    } satisfies Record<string, Evaluation>;
    const ratio = evaluation.fitted.logLoss / evaluation.true.logLoss;
    const applies = learner.reviews >= TARGET_REVIEWS;
    const targets: Targets | null = applies
      ? {
          withinTwoPercentOfTrue: ratio <= TARGET_RATIO,
          betterThanDefaults: evaluation.fitted.logLoss < evaluation.default.logLoss,
        }
      : null;
    results.push({
      learner: learner.name,
      reviews: learner.reviews,
      heldOutReviews: simulation.reviews.length - learner.reviews,
      items: { fit: fit.length, test: test.length },
      trueParameters: learner.memory,
      fittedParameters: fitted.map((w) => Number(w.toFixed(4))),
      evaluation,
      fittedOverTrueLogLoss: ratio,
      personalWouldBeUsed: personalIsBetter(evaluation.default, evaluation.fitted),
      fitSeconds,
      targets,
    });
  }

  const header = [
    "learner".padEnd(24),
    "reviews",
    "items fit/test",
    "LL true",
    "LL default",
    "LL fitted",
    "fit/true",
    "RMSE true",
    "RMSE dflt",
    "RMSE fit",
    "used",
    "within 2%",
    "< default",
  ];
  console.log(header.join("  "));
  for (const r of results) {
    const mark = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "OK" : "MISSED");
    console.log(
      [
        r.learner.padEnd(24),
        String(r.reviews).padStart(7),
        `${r.items.fit}/${r.items.test}`.padStart(14),
        fmt(r.evaluation.true.logLoss).padStart(7),
        fmt(r.evaluation.default.logLoss).padStart(10),
        fmt(r.evaluation.fitted.logLoss).padStart(9),
        `${((r.fittedOverTrueLogLoss - 1) * 100).toFixed(1)}%`.padStart(8),
        fmt(r.evaluation.true.rmseBins).padStart(9),
        fmt(r.evaluation.default.rmseBins).padStart(9),
        fmt(r.evaluation.fitted.rmseBins).padStart(8),
        (r.personalWouldBeUsed ? "yes" : "no").padStart(4),
        mark(r.targets?.withinTwoPercentOfTrue).padStart(9),
        mark(r.targets?.betterThanDefaults).padStart(9),
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
    `${n === checked.length ? "OK" : "MISSED"} (${n}/${checked.length})`;
  console.log(`\nLearners with ${TARGET_REVIEWS} reviews or more:`);
  console.log(`  fitted log loss within 2% of the true parameters': ${verdict(within)}`);
  console.log(`  fitted log loss below the defaults':               ${verdict(below)}`);
  console.log(`${seconds.toFixed(1)} s`);

  const out = path.join(import.meta.dirname, "results", "fsrs.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    command: "npm run bench:fsrs",
    machine: { cpus: os.cpus().length, node: process.version },
    targets: { minReviews: TARGET_REVIEWS, maxFittedOverTrueLogLoss: TARGET_RATIO, allOk },
    seconds,
    learners: results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
