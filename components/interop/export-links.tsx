import { cx } from "@/components/ui/cx";
import {
  CARD_EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  QUESTION_EXPORT_FORMATS,
} from "@/lib/schemas/interop";

const SHORT_LABELS = {
  "moodle-xml": "Moodle XML",
  gift: "GIFT",
  apkg: "Anki",
  tsv: "TSV",
  csv: "CSV",
};

/**
 * Download links for an export route (`href` without the query): Moodle XML and GIFT for
 * questions, Anki, TSV and CSV for cards. Plain links: the browser saves the file the route names.
 * `what` names the thing exported for screen readers ("Week 1").
 */
export function ExportLinks({
  href,
  kind,
  what,
}: {
  href: string;
  kind: "questions" | "cards";
  what: string;
}) {
  const formats = kind === "questions" ? QUESTION_EXPORT_FORMATS : CARD_EXPORT_FORMATS;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      {formats.map((format) => (
        <a
          key={format}
          href={`${href}?format=${format}`}
          download
          title={`Download as ${EXPORT_FORMAT_LABELS[format]}`}
          className={cx(
            "text-sm font-medium whitespace-nowrap text-brand-700 underline-offset-2",
            "hover:underline dark:text-brand-300",
          )}
        >
          {SHORT_LABELS[format]}
          <span className="sr-only"> export of {what}</span>
        </a>
      ))}
    </span>
  );
}
