import { buttonStyles } from "@/components/ui/styles";

const EXPORTS = [
  {
    format: "json",
    label: "Download as JSON",
    text:
      "One file with everything: your profile and settings, quiz attempts " +
      "with each answer, flashcard states, every review and the cards you suspended.",
  },
  {
    format: "csv",
    label: "Download as CSV (zip)",
    text:
      "A zip with one CSV file per table (quiz attempts, quiz responses, card " +
      "states, review logs and suspended cards) to open in a spreadsheet.",
  },
] as const;

/**
 * Plain links rather than buttons with fetch: the browser handles the download itself (the
 * export route sends Content-Disposition), and this needs no script at all.
 */
export function DataExportLinks() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {EXPORTS.map((e) => (
        <li
          key={e.format}
          className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <p className="flex-1 text-sm text-slate-600 dark:text-slate-400">{e.text}</p>
          <a
            href={`/api/account/export?format=${e.format}`}
            download
            className={`${buttonStyles.secondary} mt-4 self-start`}
          >
            {e.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
