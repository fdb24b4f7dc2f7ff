import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section
      aria-label={title}
      className={cx(
        "rounded-xl border border-dashed border-slate-300 bg-white/60 px-6",
        "py-12 text-center dark:border-slate-700 dark:bg-slate-900/40",
      )}
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? (
        <div className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">{children}</div>
      ) : null}
      {action ? <div className="mt-6 flex justify-center">{action}</div> : null}
    </section>
  );
}
