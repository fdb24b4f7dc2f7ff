// npx tsx bench/summarize-profile.ts <file.cpuprofile> [--top 40] [--from S] [--to S] — where a
// CPU profile's time went: self time by package or app file, by function, and inclusive time
// (a function counted once per sample however deep it recurses), optionally only between S
// seconds after the profile began and S. Reads what `node --cpu-prof` writes
// (`npm run bench:load -- --profile`).
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
if (!file) throw new Error("usage: tsx bench/summarize-profile.ts <file.cpuprofile> [--top N]");
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const TOP = option("--top", 40);
const FROM_US = option("--from", 0) * 1e6;
const TO_US = option("--to", Infinity) * 1e6;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

/** "pkg:@prisma/client", "app:lib/server/...", "node:internal/..." or "(program)". */
function place(url: string): string {
  if (!url) return "(native or idle)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return `pkg:${rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (url.startsWith("node:")) return "node:internal";
  const chunk = url.match(/\.next\/server\/(.*)$/);
  if (chunk) return `next-chunk:${chunk[1]}`;
  return `app:${url.replace(/^file:\/\/.*?\/(lib|app|prisma|bench|scripts)\//, "$1/")}`;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfUs = new Map<number, number>();
let total = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  at += dt;
  if (at < FROM_US || at > TO_US) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  total += dt;
});

const add = (into: Map<string, number>, key: string, us: number) =>
  into.set(key, (into.get(key) ?? 0) + us);
const byPlace = new Map<string, number>();
const byFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
let idle = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const name = node.callFrame.functionName || "(anonymous)";
  if (name === "(idle)") {
    idle += us;
    continue;
  }
  const where = place(node.callFrame.url);
  add(byPlace, where, us);
  add(byFunction, `${name} ${where}:${node.callFrame.lineNumber + 1}`, us);
  // Inclusive time of named functions, each once per stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame;
    const key = `${frame.functionName || "(anonymous)"} ${place(frame.url)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(inclusive, key, us);
  }
}

const busy = total - idle;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    const share = ((100 * us) / busy).toFixed(1).padStart(5);
    console.log(`${share}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`);
print("Self time by package / file (share of busy time)", byPlace);
print("Self time by function", byFunction);
print("Inclusive time (each function once per stack)", inclusive);
