import { startDataExport } from "@/lib/server/account/export-my-data";
import { failureResponse, withSignedIn } from "@/lib/server/http/json-route";

/**
 * Downloads everything stored about the signed-in learner: ?format=json or ?format=csv (zip),
 * streamed as it is read, a few times an hour at most.
 */
export const GET = withSignedIn(async (user, request) => {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const started = await startDataExport(user.id, format);
  if (!started.ok) return failureResponse(started);
  const { body, type, filename } = started.data;
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
