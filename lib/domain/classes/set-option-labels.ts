/**
 * How the assign form names each of the instructor's sets: "Week 1 (5 questions)". Sets of one
 * kind whose names match (ignoring case and surrounding spaces) would read the same, so each
 * of them also says when it was made, in the instructor's zone; made within the same minute,
 * they are numbered in the order they were made ("no. 1" is the oldest).
 */
import { formatDateTime } from "@/lib/domain/format/format";

export type LabelledSet = {
  id: string;
  name: string;
  kind: "quiz" | "flashcards";
  size: number;
  createdAt: Date;
};

const sizeOf = (set: LabelledSet) => `${set.size} ${set.kind === "quiz" ? "questions" : "cards"}`;

const groupKey = (set: LabelledSet) => `${set.kind}:${set.name.trim().toLowerCase()}`;

/** Each set's label, by id. */
export function setOptionLabels(
  sets: readonly LabelledSet[],
  timeZone: string,
): Map<string, string> {
  const groups = new Map<string, LabelledSet[]>();
  for (const set of sets) groups.set(groupKey(set), [...(groups.get(groupKey(set)) ?? []), set]);
  const labels = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      const [set] = group as [LabelledSet];
      labels.set(set.id, `${set.name} (${sizeOf(set)})`);
      continue;
    }
    const oldestFirst = [...group].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
    const made = (set: LabelledSet) => formatDateTime(set.createdAt, timeZone);
    for (const set of oldestFirst) {
      const sameMinute = oldestFirst.filter((other) => made(other) === made(set));
      const number = sameMinute.length > 1 ? ` · no. ${sameMinute.indexOf(set) + 1}` : "";
      labels.set(set.id, `${set.name} (${sizeOf(set)}, made ${made(set)}${number})`);
    }
  }
  return labels;
}
