import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";

// Whole class names, so that Tailwind finds them in the source.
const WIDTHS = { xl: "max-w-xl", "2xl": "max-w-2xl" } as const;

type Props = {
  setId: string;
  title: string;
  description: string;
  /** How wide the form may grow. */
  width: keyof typeof WIDTHS;
  children: ReactNode;
};

/** The frame of a page that edits one item of a set: the way back, the heading, the form. */
export function SetItemEditLayout({ setId, title, description, width, children }: Props) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
        <Link href={`/sets/${encodeURIComponent(setId)}`} className="hover:underline">
          Back to the set
        </Link>
      </nav>
      <PageHeader title={title} description={description} />
      <div className={WIDTHS[width]}>{children}</div>
    </>
  );
}
