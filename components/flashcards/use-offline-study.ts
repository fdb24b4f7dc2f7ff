"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  OfflineReviewQueue,
  choosePack,
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
  type OfflinePack,
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

/** What a sync tells the learner, in plain words. */
export function describeSync(report: SyncReport, fronts: Map<string, string>): string[] {
  const lines: string[] = [];
  if (report.sent) {
    const s = report.sent === 1 ? "" : "s";
    lines.push(`${report.sent} grade${s} made offline saved.`);
  }
  for (const cardId of report.rebuilt) {
    const front = fronts.get(cardId) ?? "A card";
    lines.push(
      `“${front}”: this card was also reviewed on another device; ` +
        "its schedule was rebuilt from both reviews.",
    );
  }
  for (const { grade, error } of report.refused) {
    lines.push(`A grade of “${fronts.get(grade.cardId) ?? grade.cardId}” was not saved: ${error}`);
  }
  return lines;
}

/**
 * The study page's offline side: keeps the pack on the device, studies from it when there is
 * no network, queues those grades and sends them when the network is back.
 */
export function useOfflineStudy(
  pageCopy: OfflinePack | null,
  onSession: (session: StudySessionView, notices: string[]) => void,
) {
  const stored = useRef<StoredPack | null>(null);
  const queue = useRef<OfflineReviewQueue | null>(null);
  const storage = useRef<KeyValueStorage | null>(null);
  const [offline, setOffline] = useState(false);
  const [waiting, setWaiting] = useState(0);
  const [syncing, setSyncing] = useState(false);
  const onSessionRef = useRef(onSession);
  useEffect(() => {
    onSessionRef.current = onSession;
  });

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
    onSessionRef.current(offlineSession(stored.current.pack, serverNow()), []);
    return true;
  }, [serverNow]);

  /** Sends the queue, then reloads the session and the pack from the server. */
  const sync = useCallback(async () => {
    const q = queue.current;
    const copy = stored.current;
    if (!q || !copy) return;
    setSyncing(true);
    try {
      const report = await q.sync();
      setWaiting(q.list().length);
      if (report.left > 0) return; // still no network (or signed out): stay as we are
      const scope = copy.pack.deck ? `?deck=${encodeURIComponent(copy.pack.deck)}` : "";
      const [session, pack] = await Promise.all([
        requestJson<StudySessionView>(`/api/flashcards/session${scope}`),
        requestJson<OfflinePack>(`/api/flashcards/offline-pack${scope}`),
      ]);
      if (session.kind !== "ok" || pack.kind !== "ok") return;
      const fronts = new Map(copy.pack.cards.map((c) => [c.id, c.front]));
      keep({ pack: pack.data, clockOffsetMs: Date.parse(pack.data.savedAt) - Date.now() });
      setOffline(false);
      onSessionRef.current(session.data, describeSync(report, fronts));
    } finally {
      setSyncing(false);
    }
  }, [keep]);

  useEffect(() => {
    if (!pageCopy) return;
    const s = browserStorage();
    storage.current = s;
    const fromPage: StoredPack = {
      pack: pageCopy,
      clockOffsetMs: Date.parse(pageCopy.savedAt) - Date.now(),
    };
    const q = s
      ? new OfflineReviewQueue(s, pageCopy.owner, (grade) =>
          requestJson<StudySessionView>(REVIEWS, { method: "POST", body: grade }),
        )
      : null;
    queue.current = q;
    // Read after this render: storage and the network state are the outside world.
    queueMicrotask(() => {
      const unsent = q?.list().length ?? 0;
      setWaiting(unsent);
      keep(choosePack(fromPage, s ? readPack(s, pageCopy.owner, pageCopy.deck) : null, unsent));
      if (!navigator.onLine) showOffline();
      else if (unsent) void sync();
    });

    const wentOffline = () => void showOffline();
    const cameBack = () => void sync();
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameBack);
    return () => {
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameBack);
    };
  }, [pageCopy, keep, showOffline, sync]);

  /** Grades on the device; the grade waits in the queue. Returns the next view. */
  const gradeHere = useCallback(
    (cardId: string, rating: RatingValue, requestId: string, durationMs: number) => {
      const copy = stored.current;
      if (!copy) return null;
      const now = serverNow();
      const done = gradeOffline(copy.pack, { cardId, rating, requestId, durationMs }, now);
      queue.current?.add(done.grade);
      keep({ ...copy, pack: done.pack });
      setWaiting(queue.current?.list().length ?? 0);
      setOffline(true);
      return offlineSession(done.pack, now);
    },
    [keep, serverNow],
  );

  /** An online grade's reply: the device's copy takes the card's new state. */
  const recordServerGrade = useCallback(
    (session: StudySessionView) => {
      const copy = stored.current;
      if (!copy || !session.graded) return;
      keep({ ...copy, pack: applyServerGrade(copy.pack, session.graded, serverNow()) });
    },
    [keep, serverNow],
  );

  return {
    available: Boolean(pageCopy),
    offline,
    waiting,
    syncing,
    gradeHere,
    recordServerGrade,
    showOffline,
    sync,
  };
}
