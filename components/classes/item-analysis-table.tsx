import { cx } from "@/components/ui/cx";
import { TableScroller } from "@/components/ui/table-scroller";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import {
  DISCRIMINATION_GUIDE,
  judgeDiscrimination,
  MIN_LEARNERS_FOR_DISCRIMINATION,
} from "@/lib/domain/classes/item-analysis";
import { formatPercent } from "@/lib/domain/format/format";
import type { ItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import { tableStyles as t } from "./table-styles";

/**
 * Very hard or very easy questions say little about who knows the material: worth a second look.
 */
function facilityNote(facility: number): string | null {
  if (facility < 0.2) return "very hard";
  if (facility > 0.9) return "very easy";
  return null;
}

/**
 * Per question: how easy it was, how well it told stronger
 * learners from weaker ones, and what they got wrong.
 */
export function ItemAnalysisTable({ analysis }: { analysis: ItemAnalysis }) {
  return (
    <div className="space-y-3">
      <div className="max-w-3xl space-y-1 text-sm text-slate-600 dark:text-slate-400">
        <p>
          <strong className="text-slate-800 dark:text-slate-200">Facility index</strong>: the share
          of the marks learners earned on the question (partial credit counts); low means hard.
        </p>
        <p>
          <strong className="text-slate-800 dark:text-slate-200">Discrimination index</strong>: from
          −1 to 1, how well the question separates learners who did well on the rest of the quiz
          from those who did not: {DISCRIMINATION_GUIDE}. Marginal and weak questions are marked;
          near 0 or negative suggests an unclear or mis-keyed question. With fewer than{" "}
          {MIN_LEARNERS_FOR_DISCRIMINATION} learners it says &ldquo;not enough data&rdquo; rather
          than judging (blank when it cannot be computed).
        </p>
        <p>
          From each learner&apos;s first submitted attempt: {analysis.learners}{" "}
          {analysis.learners === 1 ? "learner" : "learners"} so far.
        </p>
      </div>
      {analysis.items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No submitted attempts yet.</p>
      ) : (
        <TableScroller label="Item analysis by question" frame={t.frame}>
          <table className={`${t.table} min-w-[56rem]`}>
            <caption className={t.caption}>Item analysis by question</caption>
            <thead className={t.head}>
              <tr>
                <th scope="col" className={t.th}>
                  #
                </th>
                <th scope="col" className={t.th}>
                  Question
                </th>
                <th scope="col" className={t.th}>
                  Answers
                </th>
                <th scope="col" className={t.th}>
                  Correct
                </th>
                <th scope="col" className={t.th}>
                  Facility index
                </th>
                <th scope="col" className={t.th}>
                  Discrimination index
                </th>
                <th scope="col" className={t.th}>
                  Most common wrong answers
                </th>
              </tr>
            </thead>
            <tbody className={t.body}>
              {analysis.items.map((item) => {
                const note = facilityNote(item.facility);
                const verdict = judgeDiscrimination(item);
                const weak = verdict === "weak";
                return (
                  <tr key={item.questionId}>
                    <td className={`${t.cell} tabular-nums`}>{item.number}</td>
                    <th scope="row" className={`${t.rowHeader} max-w-md min-w-64 font-normal`}>
                      <span className="block break-words">{item.text}</span>
                      <span className="block text-xs text-slate-500 dark:text-slate-400">
                        {KIND_LABELS[item.kind]}
                      </span>
                    </th>
                    <td className={`${t.cell} tabular-nums`}>{item.count}</td>
                    <td className={`${t.cell} tabular-nums`}>{item.correctCount}</td>
                    <td className={`${t.cell} tabular-nums`}>
                      {formatPercent(item.facility)}
                      {note ? (
                        <span className="block text-xs text-slate-500 dark:text-slate-400">
                          {note}
                        </span>
                      ) : null}
                    </td>
                    <td
                      className={cx(
                        t.cell,
                        "tabular-nums",
                        weak ? "font-semibold text-amber-800 dark:text-amber-300" : "",
                      )}
                    >
                      {verdict === "not-enough-data" ? (
                        <span className="text-slate-600 dark:text-slate-400">
                          Not enough data
                          <span className="block text-xs">
                            needs {MIN_LEARNERS_FOR_DISCRIMINATION} learners
                          </span>
                        </span>
                      ) : item.discrimination === null ? (
                        "–"
                      ) : (
                        item.discrimination.toFixed(2)
                      )}
                      {weak || verdict === "marginal" ? (
                        <span className="block text-xs font-normal">{verdict}</span>
                      ) : null}
                    </td>
                    <td className={`${t.cell} max-w-xs`}>
                      {item.wrongAnswers.length === 0 ? (
                        "–"
                      ) : (
                        <ul className="space-y-1">
                          {item.wrongAnswers.map((w) => (
                            <li key={w.answer} className="break-words">
                              {w.answer}{" "}
                              <span className="text-slate-500 dark:text-slate-400">
                                ({w.count}
                                <span className="sr-only">
                                  {" "}
                                  {w.count === 1 ? "learner" : "learners"}
                                </span>
                                )
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  );
}
