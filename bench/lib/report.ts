// Small helpers every benchmark prints with.
import os from "node:os";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const step = (message: string) => console.log(`▸ ${message}`);

/** Cores, CPU model, memory and Node version, for the printed tables and result files. */
export function machineLine(): string {
  const cpus = os.cpus();
  const gb = Math.round(os.totalmem() / 2 ** 30);
  return `${cpus.length} × ${cpus[0]?.model ?? "?"}, ${gb} GB, Node ${process.version}`;
}
