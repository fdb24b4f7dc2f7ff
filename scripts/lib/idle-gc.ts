// A full, compacting garbage collection once the server has gone quiet after serving requests.
// V8 grows its heap under load and, left alone, keeps the pages committed while the process
// idles: after `bench:load` the heap stayed at about 470 MB committed for 160 MB of live
// objects. A plain full collection frees the objects but leaves the survivors spread over
// nearly as many pages (473 MB committed after one); compacting moves them together so that
// the empty pages go back to the system. It blocks the event loop for a fraction of a second,
// so it runs only after a whole quiet period, never while requests come in.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export type IdleCollector = {
  /** Call on every request. */
  noteRequest(): void;
  /** Call every `quietMs`; collects when requests came since the last collection, none since. */
  tick(): boolean;
};

export function createIdleCollector(collect: () => void): IdleCollector {
  let sinceCollection = 0;
  let sinceTick = 0;
  return {
    noteRequest() {
      sinceCollection++;
      sinceTick++;
    },
    tick() {
      const quiet = sinceTick === 0;
      sinceTick = 0;
      if (!quiet || sinceCollection === 0) return false;
      sinceCollection = 0;
      collect();
      return true;
    },
  };
}

/**
 * V8's own `gc()` (Node hides it unless started with --expose-gc), compacting every page it
 * can: the flag is on only for this one collection, so V8's own collections stay as they were.
 */
export function exposeCompactingGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    setFlagsFromString("--compact-on-every-full-gc");
    try {
      gc();
    } finally {
      setFlagsFromString("--no-compact-on-every-full-gc");
    }
  };
}

/** Starts the collector for this process: checks every `quietMs` (timer does not hold it up). */
export function startIdleCollector(quietMs: number): IdleCollector {
  const collector = createIdleCollector(exposeCompactingGc());
  setInterval(() => collector.tick(), quietMs).unref();
  return collector;
}
