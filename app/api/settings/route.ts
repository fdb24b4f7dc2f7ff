import { withUser } from "@/lib/server/http/json-route";
import { updateStudySettings } from "@/lib/server/flashcards/update-study-settings";

export const PUT = withUser((user, body) => updateStudySettings(user.id, body));
