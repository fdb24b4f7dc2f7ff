import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import { withUser } from "@/lib/server/http/json-route";

/** Facility, discrimination and common wrong answers per question (the class's instructor only). */
export const GET = withUser<{ assignmentId: string }>(
  (user, _body, { assignmentId }) => getItemAnalysis(user, assignmentId),
  { body: false },
);
