import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { ASSIGNMENT_STATUS_LABELS } from "./assignment-status-labels";
import { Badge, type BadgeTone } from "./badge";

const TONES: Record<AssignmentStatus, BadgeTone> = {
  upcoming: "neutral",
  "to-do": "brand",
  done: "success",
  late: "danger",
  "done-late": "warning",
};

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  return <Badge tone={TONES[status]}>{ASSIGNMENT_STATUS_LABELS[status]}</Badge>;
}
