import { Fragment, type ReactNode } from "react";
import { Link } from "@/components/ui/link";

/**
 * "Classes / Demo class / Gradebook": a link to each page above this one, then this page's own
 * name as text.
 */
export function Breadcrumb({
  trail,
  current,
}: {
  trail: readonly { href: string; label: ReactNode }[];
  current: ReactNode;
}) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
      {trail.map(({ href, label }) => (
        <Fragment key={href}>
          <Link href={href} className="hover:underline">
            {label}
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      {current}
    </nav>
  );
}
