import "server-only";
import { NextResponse } from "next/server";
import type { CurrentUser } from "@/lib/server/auth/session";
import { failureResponse, withSignedIn } from "@/lib/server/http/json-route";
import type { ServiceResult } from "@/lib/server/service-result";
import type { ExportFile } from "./export-study-files";

/**
 * A GET route handler that downloads a file for a signed-in user: 401 without a session, the
 * service's JSON failure (400, 403, 404) when it refuses, else the file as an attachment. The
 * format comes from the `format` query parameter.
 */
export function withUserFile<P>(
  handler: (
    user: CurrentUser,
    format: string | null,
    params: P,
  ) => Promise<ServiceResult<ExportFile>>,
) {
  return withSignedIn<P>(async (user, request, params) => {
    const format = new URL(request.url).searchParams.get("format");
    const result = await handler(user, format, params);
    if (!result.ok) return failureResponse(result);
    const { body, contentType, filename } = result.data;
    return new NextResponse(typeof body === "string" ? body : Buffer.from(body), {
      headers: {
        "Content-Type": contentType,
        // exportFileName builds the name from a slug and a date: nothing to escape.
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
