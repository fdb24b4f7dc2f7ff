"use client";

import { useEffect, useRef, useState } from "react";
import { linkStyles } from "@/components/ui/styles";
import { DataTable, type TableData } from "./data-table";

export type FoldedTableData = TableData & {
  /** Said in place of the table when it has no rows. */
  emptyText?: string;
};

/**
 * A chart's figures as a table under "Show as a table", drawn only once opened. The rows come
 * as data, not markup: the server renders the closed fold alone, so a dashboard of three
 * charts does not pay for some 300 table elements on every request that nobody opened (issue
 * 15: each element costs the server about as much as a kilobyte of text).
 */
export function FoldedTable({ emptyText, ...table }: FoldedTableData) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the page's script ran: show the table as soon as it can be drawn.
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details
      ref={ref}
      className="mt-4 text-sm"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className={`${linkStyles} cursor-pointer`}>Show as a table</summary>
      {open ? (
        table.rows.length || !emptyText ? (
          <DataTable {...table} />
        ) : (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{emptyText}</p>
        )
      ) : null}
    </details>
  );
}
