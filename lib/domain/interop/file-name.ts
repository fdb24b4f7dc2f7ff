/**
 * Export file names: the set's name as a slug and the date, e.g.
 * "partnership-for-peace-2026-03-14.xml". The date is the day in `timeZone` (the user's), UTC by
 * default.
 */
import { slugify } from "@/lib/domain/slugify";
import { localDay } from "@/lib/domain/time/zoned-time";

export const EXPORT_EXTENSIONS = {
  moodleXml: "xml",
  gift: "gift.txt",
  anki: "apkg",
  tsv: "tsv",
  csv: "csv",
} as const;

export function exportFileName(
  setName: string,
  now: Date,
  extension: string,
  timeZone = "UTC",
): string {
  const day = localDay(now, timeZone);
  const slug = slugify(setName, 60);
  return `${slug === "x" ? "export" : slug}-${day}.${extension}`;
}
