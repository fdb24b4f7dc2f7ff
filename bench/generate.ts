/**
 * npm run bench:generate — how long building the question bank takes.
 * Prints the median build time of the whole bank (questions + flashcards) from the real
 * content, and the time per fact on the real pack and on a synthetic pack 100x larger made
 * here by cloning every programme with renamed ids. Linear generation keeps the per-fact
 * ratio near 1. Targets: whole bank < 50 ms; per-fact time at 100x within 1.5x of 1x.
 */
import v8 from "node:v8";
import { PerformanceObserver } from "node:perf_hooks";
import { runInNewContext } from "node:vm";
import type { ContentPack, Programme } from "@/content/schema";
import { loadContent } from "@/content/load";
import { generateFlashcards } from "@/lib/domain/flashcards/generate";
import { generateQuestionBank } from "@/lib/domain/questions/generate";

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// A full GC before each timed batch, so one batch's garbage is not collected inside the next.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(run: () => unknown, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) run();
  collectGarbage();
  return median(Array.from({ length: runs }, () => time(run)));
}

/**
 * The pack plus (factor - 1) renamed copies of every programme: ids, names, acronyms and groups.
 */
function scalePack(pack: ContentPack, factor: number): ContentPack {
  const programmes: Programme[] = [...pack.programmes];
  for (let copy = 1; copy < factor; copy++) {
    const s = (id: string) => `${id}-x${copy}`;
    for (const p of pack.programmes) {
      programmes.push({
        ...p,
        id: s(p.id),
        name: `${p.name} ${copy}`,
        acronym: p.acronym ? `${p.acronym}${copy}` : undefined,
        acronymFact: p.acronymFact ? s(p.acronymFact) : undefined,
        aliases: p.aliases.map((a) => `${a} ${copy}`),
        group: p.group ? s(p.group) : undefined,
        parent: p.parent ? s(p.parent) : undefined,
        summary: { ...p.summary, facts: p.summary.facts.map(s) },
        dates: p.dates.map((d) => ({ ...d, fact: s(d.fact) })),
        aims: p.aims && { ...p.aims, items: p.aims.items.map((i) => ({ ...i, fact: s(i.fact) })) },
        areas: p.areas && {
          ...p.areas,
          items: p.areas.items.map((i) => ({ ...i, fact: s(i.fact) })),
        },
        participants: p.participants && {
          ...p.participants,
          items: p.participants.items.map((i) => ({ ...i, fact: s(i.fact) })),
        },
        differences: p.differences.map((d) => ({ ...d, from: s(d.from), facts: d.facts.map(s) })),
        facts: p.facts.map((f) => ({ ...f, id: s(f.id), alsoTrueOf: f.alsoTrueOf.map(s) })),
      });
    }
  }
  return { ...pack, version: `${pack.version}x${factor}`, programmes };
}

const factCount = (pack: ContentPack) => pack.programmes.reduce((n, p) => n + p.facts.length, 0);
const buildAll = (pack: ContentPack) => ({
  questions: generateQuestionBank(pack),
  flashcards: generateFlashcards(pack),
});

const loadStart = performance.now();
const pack = loadContent();
const loadMs = performance.now() - loadStart;
const FACTOR = 100;
const big = scalePack(pack, FACTOR);

const questions = generateQuestionBank(pack).length;
const cards = generateFlashcards(pack).length;
const wholeMs = measure(() => buildAll(pack), 30, 50);
const questionsMs = measure(() => generateQuestionBank(pack), 10, 50);
const bigQuestions = generateQuestionBank(big).length;

// Time per fact compares equal work with equal output: one round builds the 1x bank FACTOR
// times in a row, keeping every result (as much output alive as one 100x bank, so garbage
// collection costs the same), and the 100x bank once; only the size of the pack differs.
// The machine may be shared, so 1x and 100x alternate round by round and the median
// per-round ratio is reported. Three clocks: wall time; wall time minus the collector's
// pauses inside the window; and this process's CPU time, which other processes do not inflate.
const rounds = 9;
const gcPauses: Array<{ start: number; end: number }> = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcPauses.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ["gc"] });

interface Sample {
  start: number;
  end: number;
  cpuMs: number;
  facts: number;
}

function sample(run: () => void, facts: number): Sample {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const end = performance.now();
  const used = process.cpuUsage(cpuStart);
  return { start, end, cpuMs: (used.user + used.system) / 1000, facts };
}

const pairs: Array<[Sample, Sample]> = [];
buildAll(big);
for (let round = 0; round < rounds; round++) {
  collectGarbage();
  const kept: unknown[] = [];
  const one = sample(
    () => {
      for (let i = 0; i < FACTOR; i++) kept.push(buildAll(pack));
    },
    FACTOR * factCount(pack),
  );
  kept.length = 0;
  collectGarbage();
  const hundred = sample(() => buildAll(big), factCount(big));
  pairs.push([one, hundred]);
}
// GC entries are delivered asynchronously: let the observer catch up before reading them.
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();

const gcInside = (s: Sample) =>
  gcPauses.reduce(
    (sum, p) => sum + Math.max(0, Math.min(p.end, s.end) - Math.max(p.start, s.start)),
    0,
  );
const clocks = {
  wall: (s: Sample) => s.end - s.start,
  "wall minus GC pauses": (s: Sample) => s.end - s.start - gcInside(s),
  CPU: (s: Sample) => s.cpuMs,
};
const perFactUs = (s: Sample, clock: (s: Sample) => number) => (clock(s) / s.facts) * 1000;
const summary = Object.entries(clocks).map(([name, clock]) => ({
  name,
  oneX: median(pairs.map(([a]) => perFactUs(a, clock))),
  hundredX: median(pairs.map(([, b]) => perFactUs(b, clock))),
  ratio: median(pairs.map(([a, b]) => perFactUs(b, clock) / perFactUs(a, clock))),
}));
const bigMs = median(pairs.map(([, b]) => b.end - b.start));

console.log(`content load + validation (once, cold): ${loadMs.toFixed(1)} ms`);
console.log(
  `whole bank (1x): ${wholeMs.toFixed(2)} ms median of 50 for ${questions} questions + ` +
    `${cards} flashcards from ${factCount(pack)} facts ` +
    `(questions alone ${questionsMs.toFixed(2)} ms) — ` +
    `target < 50 ms: ${wholeMs < 50 ? "OK" : "MISSED"}`,
);
console.log(
  `synthetic 100x: ${bigMs.toFixed(1)} ms median of ${rounds} for ${bigQuestions} questions ` +
    `from ${factCount(big)} facts`,
);
for (const { name, oneX, hundredX, ratio } of summary)
  console.log(
    `time per fact (${name}): ${oneX.toFixed(1)} µs at 1x, ` +
      `${hundredX.toFixed(1)} µs at 100x, ratio ${ratio.toFixed(2)}`,
  );
const verdict = (ratio: number | undefined) =>
  ratio !== undefined && ratio <= 1.5 ? "OK" : "MISSED";
console.log(
  `linearity target (100x per-fact time <= 1.5x the 1x time), ` +
    `median of ${rounds} alternating rounds: wall ${verdict(summary[0]?.ratio)}, ` +
    `generator without GC pauses ${verdict(summary[1]?.ratio)}`,
);
