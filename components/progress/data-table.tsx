import { cx } from "@/components/ui/cx";
import { TableScroller } from "@/components/ui/table-scroller";

type Cell = string | number;

export type TableData = { caption: string; columns: string[]; rows: Cell[][] };

/**
 * The text alternative to a chart: the same figures as a table, with a caption and column
 * headers so screen readers can navigate it cell by cell. A month of days is taller than its
 * box, and a day's name can be wider than a phone: it scrolls in the app's one table scroller,
 * named and focusable like every other table's, so a keyboard can scroll it.
 */
export function DataTable({ caption, columns, rows }: TableData) {
  return (
    <TableScroller
      label={caption}
      capped
      frame={cx(
        "mt-3 rounded-lg border border-slate-200 bg-white",
        "dark:border-slate-800 dark:bg-slate-900",
      )}
    >
      <table className="data-table w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead
          className={cx(
            "sticky top-0 bg-slate-50 text-slate-600 dark:bg-slate-800",
            "dark:text-slate-300",
          )}
        >
          {/* Header cells styled from their row (`*:`), once rather than on every cell. */}
          <tr className="*:px-3 *:py-2 *:font-medium *:not-first:text-right">
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {/* Index keys: the rows never reorder, and each key is sent again in the page's
              React payload. */}
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
