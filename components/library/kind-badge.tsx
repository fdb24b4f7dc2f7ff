import type { ProgrammeKind } from "@/content/schema";
import { cx } from "@/components/ui/cx";

const LABELS: Record<ProgrammeKind, string> = {
  programme: "Programme",
  format: "Partnership format",
  dialogue: "Dialogue",
  forum: "Forum",
  initiative: "Initiative",
  theme: "Theme",
  overview: "Overview",
};

export function KindBadge({ kind }: { kind: ProgrammeKind }) {
  return (
    <span
      className={cx(
        "rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium",
        "text-brand-800 dark:bg-brand-950 dark:text-brand-200",
      )}
    >
      {LABELS[kind]}
    </span>
  );
}
