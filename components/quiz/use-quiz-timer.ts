import { useEffect, useRef, useState } from "react";

const ANNOUNCE_AT = [
  { ms: 5 * 60_000, text: "5 minutes left." },
  { ms: 60_000, text: "1 minute left." },
];

const OFFSET_KEY = "study:server-clock-offset";

type OffsetStorage = Pick<Storage, "getItem" | "setItem">;

/**
 * How far the server's clock is ahead of this browser's, in ms. Each page measures it as the
 * server's time when the page was made less the browser's time now, which is too small by the
 * page's age: a page the browser restores on Back, or the service worker's copy, is older than
 * its mount, and took the timer back by the time spent away (a 1-minute exam showed 00:59 after
 * 40 s on another page, and its answers then came too late). So the largest offset this tab has
 * measured is kept (also across reloads, in `storage`: the tab's sessionStorage) and used. Were
 * the browser's clock put forward meanwhile, the timer runs early: it never shows more time than
 * is left. One per page load; the tests make one for each load they play.
 */
export function clockOffsetKeeper(storage: () => OffsetStorage | null) {
  let largest: number | null = null;
  return (serverNow: string, nowMs = Date.now()): number => {
    let best = Date.parse(serverNow) - nowMs;
    try {
      largest ??= Number(storage()?.getItem(OFFSET_KEY) ?? Number.NaN);
    } catch {
      // Storage blocked: this page's own measure and the ones before it in this tab serve.
    }
    if (largest !== null && Number.isFinite(largest)) best = Math.max(best, largest);
    largest = best;
    try {
      storage()?.setItem(OFFSET_KEY, String(best));
    } catch {
      // As above.
    }
    return best;
  };
}

/** This page load's keeper, over the tab's sessionStorage. */
export const serverClockOffset = clockOffsetKeeper(() =>
  typeof sessionStorage === "undefined" ? null : sessionStorage,
);

/**
 * Time left before a deadline, on the server's clock: the browser's clock may be wrong, so
 * the offset between the two is added (serverClockOffset). (Page latency makes the estimate run
 * slightly late; the server allows a few seconds' grace and enforces the limit itself.) The
 * announcement changes only when 5 and 1 minutes are crossed while the learner is here, so a
 * live region speaks only then.
 */
export function useQuizTimer(deadlineAt: string | null, serverNow: string, onExpire: () => void) {
  const [remainingMs, setRemainingMs] = useState<number | null>(() =>
    deadlineAt ? Math.max(0, Date.parse(deadlineAt) - Date.parse(serverNow)) : null,
  );
  const [announcement, setAnnouncement] = useState("");
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    if (!deadlineAt) return;
    const deadline = Date.parse(deadlineAt);
    const offset = serverClockOffset(serverNow);
    let previous = Infinity;
    let expired = false;
    const tick = () => {
      const left = Math.max(0, deadline - (Date.now() + offset));
      setRemainingMs(left);
      const crossed = ANNOUNCE_AT.filter((a) => previous > a.ms && left <= a.ms && left > 0).at(-1);
      // The first tick only sets the baseline: arriving with 3 minutes left is not "crossing 5".
      if (crossed && previous !== Infinity) setAnnouncement(crossed.text);
      previous = left;
      if (left === 0 && !expired) {
        expired = true;
        setAnnouncement("Time is up.");
        onExpireRef.current();
      }
    };
    const first = setTimeout(tick, 0);
    const interval = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  }, [deadlineAt, serverNow]);

  return { remainingMs, announcement };
}

/** mm:ss (minutes keep counting past 59: a three-hour exam shows 180:00). */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}
