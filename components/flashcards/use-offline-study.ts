"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  OfflineReviewQueue,
  readPack,
  writePack,
  type KeyValueStorage,
  type StoredPack,
  type SyncReport,
} from "@/lib/client/offline-review-queue";
import { requestJson } from "@/lib/client/request-json";
import {
  applyServerGrade,
  gradeOffline,
  offlineSession,
  type GradedCard,
  type GradeReceipt,
  type PackOwner,
  type StudyPackView,
} from "@/lib/domain/srs/offline-pack";
import type { RatingValue } from "@/lib/domain/srs/schedule";
import type { StudySessionView } from "@/lib/domain/srs/study-view";

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: online study only
  }
}

const REVIEWS = "/api/flashcards/reviews";
const PACK = "/api/flashcards/offline-pack";
/** After a send that got no reply or a server error, the queue is tried again this much later. */
const RETRY_MS = 5_000;

/**
 * What a sync tells the learner, in plain words: news, and grades the server refused. Grades
 * found waiting on a page opened online may have been made online, their reply lost to a
 * reload: they are "kept on this device", not "made offline".
 */
export function describeSync(
  report: SyncReport,
  fronts: Map<string, string>,
  madeOffline: boolean,
): { notices: string[]; errors: string[] } {
  const notices: string[] = [];
  if (report.sent) {
    const s = report.sent === 1 ? "" : "s";
    const where = madeOffline ? "made offline" : "kept on this device";
    notices.push(`${report.sent} grade${s} ${where} saved.`);
  }
  for (const cardId of report.rebuilt) {
    const front = fronts.get(cardId) ?? "A card";
    notices.push(
      `“${front}”: this card was also reviewed on another device; ` +
        "its schedule was rebuilt from both reviews.",
    );
  }
  const errors = report.refused.map(
    ({ grade, error }) =>
      `A grade of “${fronts.get(grade.cardId) ?? grade.cardId}” was not saved: ${error}`,
  );
  return { notices, errors };
}

const noGrades = (report: SyncReport): SyncReport => ({ ...report, sent: 0 });

/**
 * The study page's device side. After the first paint it fetches the pack (the cards in scope,
 * their state and the scheduling settings) and keeps it in storage. Every grade is then
 * scheduled here first, with the server's own code and settings, so the next card is on screen
 * at once; the grade waits in the queue and is sent in the background (the same request, with
 * its request id and review time). With no network the queue keeps the grades until it is back.
 */
export function useOfflineStudy(
  packFor: PackOwner | null,
  show: {
    session: (session: StudySessionView, notices: string[]) => void;
    error: (text: string) => void;
  },
) {
  const stored = useRef<StoredPack | null>(null);
  const queue = useRef<OfflineReviewQueue | null>(null);
  const storage = useRef<KeyValueStorage | null>(null);
  /** Grades the server recorded while a pack was on its way (applied to it when it arrives). */
  const recent = useRef<GradedCard[] | null>(null);
  /** Grades were made with no network: once they are sent the learner is told, and reloads. */
  const madeOffline = useRef(false);
  /** Grades were waiting when the page opened: its session may not know them yet. */
  const openedWithGrades = useRef(false);
  const offlineNow = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const syncLater = useRef<() => void>(() => {});
  const [offline, setOfflineState] = useState(false);
  /** The device's pack is fresh from the server: grades are scheduled here first. */
  const [ready, setReady] = useState(false);
  const [waiting, setWaiting] = useState(0);
  const [syncing, setSyncing] = useState(false);
  /** Online, the last send stopped with grades left (no reply, a server error, signed out). */
  const [stuck, setStuck] = useState(false);
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });
  const owner = packFor?.owner;
  const deck = packFor?.deck ?? null;

  const setOffline = useCallback((value: boolean) => {
    offlineNow.current = value;
    setOfflineState(value);
  }, []);

  const serverNow = useCallback(
    () => new Date(Date.now() + (stored.current?.clockOffsetMs ?? 0)),
    [],
  );

  const keep = useCallback((next: StoredPack) => {
    stored.current = next;
    if (storage.current) writePack(storage.current, next);
  }, []);

  const showOffline = useCallback(() => {
    if (!stored.current) return false;
    setOffline(true);
    showRef.current.session(offlineSession(stored.current.pack, serverNow()), []);
    return true;
  }, [serverNow, setOffline]);

  /**
   * Fetches the session and the pack (one read on the server) and keeps the pack; shows the
   * session when asked (after grades made offline, a refusal or a merge), or, with
   * `unlessGraded`, when no grade's reply brought a newer one meanwhile. False without one.
   */
  const load = useCallback(
    async (showSession?: { notices: string[]; unlessGraded?: boolean }) => {
      if (!owner) return false;
      setReady(false);
      recent.current = [];
      const scope = deck ? `?deck=${encodeURIComponent(deck)}` : "";
      const result = await requestJson<StudyPackView>(`${PACK}${scope}`);
      const graded = recent.current;
      recent.current = null;
      // Grades queued meanwhile (another tab) are in the device's copy, not in this one.
      if (result.kind !== "ok" || (queue.current?.list().length ?? 0) > 0) return false;
      const { pack, session } = result.data;
      const clockOffsetMs = Date.parse(pack.savedAt) - Date.now();
      const now = new Date(Date.now() + clockOffsetMs);
      keep({ pack: graded.reduce((p, g) => applyServerGrade(p, g, now), pack), clockOffsetMs });
      setReady(queue.current !== null);
      if (showSession && !(showSession.unlessGraded && graded.length))
        showRef.current.session(session, showSession.notices);
      return true;
    },
    [deck, keep, owner],
  );

  /** Sends the queue; reloads from the server when the learner must hear how it went. */
  const sendQueue = useCallback(async () => {
    const q = queue.current;
    if (!q) return;
    clearTimeout(retry.current);
    setSyncing(true);
    try {
      const total: SyncReport = { sent: 0, rebuilt: [], refused: [], left: 0 };
      // Grades added during a run are sent by it; the loop covers one added as it ends.
      for (;;) {
        const report = await q.sync();
        total.sent += report.sent;
        total.rebuilt.push(...report.rebuilt);
        total.refused.push(...report.refused);
        total.left = report.left;
        if (report.left > 0 || q.list().length === 0) break;
      }
      setWaiting(q.list().length);
      if (total.left > 0) {
        // No reply, a server error or signed out: nothing is lost, it is tried again.
        if (!offlineNow.current) {
          setStuck(true);
          retry.current = setTimeout(() => syncLater.current(), RETRY_MS);
        }
        return;
      }
      setStuck(false);
      const fronts = new Map(stored.current?.pack.cards.map((c) => [c.id, c.front]) ?? []);
      // Grades found waiting when the page opened are news too (made before a reload).
      const announce = madeOffline.current || openedWithGrades.current;
      const { notices, errors } = describeSync(
        announce ? total : noGrades(total),
        fronts,
        madeOffline.current,
      );
      if (errors.length) showRef.current.error(errors.join(" "));
      const stale = offlineNow.current || openedWithGrades.current;
      if (announce || stale || errors.length || notices.length) {
        // The device's copy may differ from the server's now: take the server's.
        madeOffline.current = false;
        openedWithGrades.current = false;
        if (await load({ notices })) setOffline(false);
        // Graded meanwhile (still offline as far as the screen says): send those too.
        else if (q.list().length) retry.current = setTimeout(() => syncLater.current(), 0);
      }
    } finally {
      setSyncing(false);
    }
  }, [load, setOffline]);

  /** One run at a time; a call during a run joins it. */
  const sync = useCallback(() => {
    running.current ??= sendQueue().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [sendQueue]);
  useEffect(() => {
    syncLater.current = () => void sync();
  }, [sync]);

  useEffect(() => {
    if (!owner) return;
    const s = browserStorage();
    storage.current = s;
    const q = s
      ? new OfflineReviewQueue(s, owner, (grade) =>
          // keepalive: a grade sent just before the tab closes still reaches the server. The
          // next card comes from the pack, so the server need not build one ("graded").
          requestJson<GradeReceipt>(REVIEWS, {
            method: "POST",
            body: { ...grade, reply: "graded" },
            keepalive: true,
          }),
        )
      : null;
    queue.current = q;
    // Read after this render: storage and the network state are the outside world.
    queueMicrotask(() => {
      const unsent = q?.list().length ?? 0;
      setWaiting(unsent);
      stored.current = s ? readPack(s, owner, deck) : null;
      openedWithGrades.current = unsent > 0;
      // Found waiting with no network, they were made offline; online, perhaps not (a grade
      // made online whose reply a reload cut off).
      madeOffline.current = unsent > 0 && !navigator.onLine;
      if (!navigator.onLine) showOffline();
      else if (unsent) void sync();
      // The page may be the worker's copy, older than the server's state: on a slow network
      // the worker serves it after 3 s (lib/service-worker/sw.ts). The server's session wins.
      else void load({ notices: [], unlessGraded: true });
    });

    const wentOffline = () => void showOffline();
    const cameBack = () => void sync();
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameBack);
    return () => {
      clearTimeout(retry.current);
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameBack);
    };
  }, [owner, deck, load, showOffline, sync]);

  /**
   * Grades on the device and queues the grade: sent at once when online, later when not.
   * Returns the next view, or null when there is no pack (or no storage to keep the grade).
   */
  const gradeHere = useCallback(
    (cardId: string, rating: RatingValue, requestId: string, durationMs: number) => {
      const copy = stored.current;
      const q = queue.current;
      if (!copy || !q) return null;
      const now = serverNow();
      const done = gradeOffline(copy.pack, { cardId, rating, requestId, durationMs }, now);
      q.add(done.grade);
      keep({ ...copy, pack: done.pack });
      setWaiting(q.list().length);
      const online = !offlineNow.current && navigator.onLine;
      if (online) void sync();
      else {
        madeOffline.current = true;
        setOffline(true);
      }
      return { ...offlineSession(done.pack, now), canUndo: online };
    },
    [keep, serverNow, setOffline, sync],
  );

  /** An online grade's reply: the device's copy takes the card's new state. */
  const recordServerGrade = useCallback(
    (session: StudySessionView) => {
      const copy = stored.current;
      if (!session.graded) return;
      recent.current?.push(session.graded);
      if (copy) keep({ ...copy, pack: applyServerGrade(copy.pack, session.graded, serverNow()) });
    },
    [keep, serverNow],
  );

  /** Sends what waits; true when nothing is left (undo needs the last grade saved first). */
  const flush = useCallback(async () => {
    await sync();
    return (queue.current?.list().length ?? 0) === 0;
  }, [sync]);

  return {
    available: Boolean(packFor),
    offline,
    ready,
    waiting,
    syncing,
    stuck,
    gradeHere,
    recordServerGrade,
    flush,
    /** After undo or "study more": the pack is fetched again (grades wait for the server). */
    reload: load,
    showOffline,
  };
}
