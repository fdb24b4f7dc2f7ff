"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { TableScroller } from "@/components/ui/table-scroller";
import { buttonStyles, cardStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";
import { formatDateTime } from "@/lib/domain/format/format";
import type { FsrsFigures, FsrsPanelView } from "@/lib/domain/srs/fsrs-panel-view";
import { notEnoughReviewsMessage } from "@/lib/domain/srs/optimisation-rules";

const logLoss = (f: FsrsFigures) => f.logLoss.toFixed(4);
const rmse = (f: FsrsFigures) => `${(f.rmseBins * 100).toFixed(2)}%`;

/**
 * "Optimise now" and what the last optimisation found: default and personal log loss and RMSE
 * on the learner's newest reviews, which set the scheduler uses, and when it ran.
 */
export function FsrsOptimisationPanel({
  initial,
  timeZone,
}: {
  initial: FsrsPanelView;
  timeZone: string;
}) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [done, setDone] = useState<string>();
  const {
    pending,
    error,
    run: send,
  } = useRequest<FsrsPanelView>({
    onSuccess: (data) => {
      setView(data);
      setDone(
        data.lastRun?.inUse
          ? "Done. Your personal parameters predicted your recent reviews better: they now " +
              "schedule your cards."
          : "Done. The default parameters predicted your recent reviews as well or better, so " +
              "they stay in use.",
      );
      // The workload table and the page header depend on which parameters are in use.
      router.refresh();
    },
  });
  // After a run the button rests until nextAllowedAt; a timer wakes it up then.
  const [wokenAt, setWokenAt] = useState<string | null>(null);
  const hintId = useId();
  const next = view.nextAllowedAt;
  useEffect(() => {
    if (!next) return;
    const timer = setTimeout(() => setWokenAt(next), Math.max(0, Date.parse(next) - Date.now()));
    return () => clearTimeout(timer);
  }, [next]);

  const enough = view.items >= view.itemsNeeded;
  const resting = next !== null && wokenAt !== next;
  const run = view.lastRun;

  async function optimise() {
    setDone(undefined);
    await send(() => requestJson("/api/settings/fsrs", { method: "POST", body: {} }));
  }

  return (
    <section
      aria-labelledby="fsrs-heading"
      aria-busy={pending}
      className={cx(cardStyles, "max-w-3xl space-y-4")}
    >
      <div>
        <h2 id="fsrs-heading" className="text-lg font-semibold">
          Scheduling fitted to you
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The schedule can learn how quickly you forget from your own reviews. Optimising fits the
          scheduler&apos;s settings to your older reviews and tries them on your newest fifth, which
          the fit never saw: they are used only if they foretell whether you remembered those cards
          better than the standard settings do. (For the curious: FSRS&apos;s 21 parameters,
          compared by log loss.) {run ? "In the table, lower figures are better." : null}
        </p>
      </div>

      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}

      {run ? (
        <div className="space-y-2">
          <TableScroller label="Default and personal parameters compared">
            <table className="w-full text-left text-sm">
              <caption className="px-3 pt-2 text-left text-xs text-slate-600 dark:text-slate-400">
                Predictions of your {run.testItems} newest reviews (held out from the fit on{" "}
                {run.fitItems})
              </caption>
              <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Parameters
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Log loss
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    RMSE (bins)
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {(
                  [
                    ["Default", run.defaults, !run.inUse],
                    ["Personal", run.personal, run.inUse],
                  ] as const
                ).map(([label, figures, inUse]) => (
                  <tr key={label} className={cx(inUse && "font-semibold")}>
                    <th scope="row" className="px-3 py-1.5 font-normal">
                      <span className={cx(inUse && "font-semibold")}>{label}</span>
                      {inUse ? <span className="ml-2 text-xs">(in use)</span> : null}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{logLoss(figures)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{rmse(figures)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600 dark:text-slate-400">Last optimised</dt>
            <dd>
              <time dateTime={run.optimisedAt}>
                {formatDateTime(new Date(run.optimisedAt), timeZone)}
              </time>
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Reviews used</dt>
            <dd>
              {run.reviewCount} reviews, of which {run.fitItems + run.testItems} came a day or more
              after the card&apos;s previous review
            </dd>
          </dl>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Not optimised yet: your cards are scheduled with FSRS&apos;s default parameters.
        </p>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonStyles.primary}
          onClick={optimise}
          disabled={pending || !enough || resting}
          aria-describedby={hintId}
        >
          {pending ? "Optimising…" : "Optimise now"}
        </button>
        {pending ? (
          <progress className="h-2 w-40 accent-brand-600" aria-label="Optimising" />
        ) : null}
      </div>
      <p id={hintId} role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {pending
          ? `Fitting FSRS to your reviews. This takes a few seconds.`
          : !enough
            ? notEnoughReviewsMessage(view.items)
            : next && resting
              ? `You can optimise again from ${formatDateTime(new Date(next), timeZone)}.`
              : `${view.items} of your reviews count towards optimisation.`}
      </p>
    </section>
  );
}
