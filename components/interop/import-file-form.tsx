"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { buttonStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useRequest } from "@/lib/client/use-request";
import type { ImportSummary } from "@/lib/domain/interop/types";
import { formatForFileName, importSummaryText } from "./import-summary";

const FORMATS = {
  questions: [
    { value: "gift", label: "GIFT", accept: ".txt,.gift" },
    { value: "moodle-xml", label: "Moodle XML", accept: ".xml" },
  ],
  cards: [
    { value: "tsv", label: "Tab-separated", accept: ".tsv,.txt" },
    { value: "csv", label: "CSV", accept: ".csv" },
    { value: "apkg", label: "Anki package (.apkg)", accept: ".apkg" },
  ],
} as const;

/**
 * Uploads a GIFT or Moodle XML file into a quiz set, or a TSV/CSV term list or an Anki package
 * into a flashcard set. The server takes all of the file or none of it; its per-question errors
 * are listed under the form and describe the file field, which is then marked invalid. Choosing a
 * file whose extension names a format selects that format. While the upload runs the button is
 * aria-disabled and busy, not disabled, as RequestButton's: a disabled button loses keyboard
 * focus, which then drops to the top of the page. The status line is always in the page, empty
 * until an import is done: a live region added together with its text is often not read out.
 */
export function ImportFileForm({
  setId,
  setName,
  kind,
}: {
  setId: string;
  setName: string;
  kind: "questions" | "cards";
}) {
  const router = useRouter();
  const id = useId();
  const summaryId = `${id}-summary`;
  const errorId = (i: number) => `${id}-error-${i}`;
  const formats = FORMATS[kind];
  const [format, setFormat] = useState<string>(formats[0].value);
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const { pending, error, run } = useRequest<ImportSummary>({
    onSuccess: (summary) => {
      setDone(summary);
      router.refresh();
    },
  });
  // Every format's files can be chosen: the file's extension then picks the format.
  const accept = formats.map((f) => f.accept).join(",");

  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-2"
      aria-label={`Import into ${setName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!file || pending) return;
        setDone(null);
        void run(async () => {
          const result = await requestJson<ImportSummary>(
            `/api/sets/${encodeURIComponent(setId)}/import?format=${format}`,
            { method: "POST", file },
          );
          setFileErrors(result.kind === "rejected" ? (result.fieldErrors.file ?? []) : []);
          return result;
        });
      }}
    >
      <label className="text-sm" htmlFor={`${id}-format`}>
        Format
        <select
          id={`${id}-format`}
          className="ml-1 rounded border border-slate-300 px-1 py-0.5 dark:border-slate-700"
          value={format}
          onChange={(e) => setFormat(e.target.value)}
        >
          {formats.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm" htmlFor={`${id}-file`}>
        File
        <input
          id={`${id}-file`}
          type="file"
          accept={accept}
          className="ml-1 text-sm"
          aria-invalid={error ? true : undefined}
          // The summary and each of the file's errors, by id: not their list, whose name
          // ("Errors in the file") would be read instead of the errors.
          aria-describedby={
            error ? [summaryId, ...fileErrors.map((_, i) => errorId(i))].join(" ") : undefined
          }
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            const named = chosen
              ? formatForFileName(
                  chosen.name,
                  formats.map((f) => f.value),
                )
              : null;
            if (named) setFormat(named);
          }}
        />
      </label>
      <button
        type="submit"
        className={buttonStyles.secondary}
        disabled={!file}
        aria-disabled={pending}
        aria-busy={pending}
      >
        {pending ? "Importing…" : "Import"}
      </button>
      <p role="status" className="w-full text-sm text-green-700 dark:text-green-400">
        {done ? importSummaryText(done) : null}
      </p>
      {error ? (
        <div className="w-full">
          <div id={summaryId}>
            <Alert tone="error">{error}</Alert>
          </div>
          {fileErrors.length ? (
            <ul className="mt-2 list-disc pl-5 text-sm" aria-label="Errors in the file">
              {fileErrors.map((message, i) => (
                <li key={i}>
                  <FieldError id={errorId(i)} message={message} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
