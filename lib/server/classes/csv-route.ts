import "server-only";
import { NextResponse } from "next/server";
import { failureResponse, withSignedIn } from "@/lib/server/http/json-route";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ServiceResult } from "@/lib/server/service-result";
import type { CsvFile } from "./to-csv";

/**
 * A GET route handler that downloads a CSV file for a signed-in user: 401 without a session,
 * the service's JSON failure (404, 409...) when it refuses, else the file as an attachment.
 */
export function withUserCsv<P>(
  handler: (user: CurrentUser, params: P) => Promise<ServiceResult<CsvFile>>,
) {
  return withSignedIn<P>(async (user, _request, params) => {
    const result = await handler(user, params);
    if (!result.ok) return failureResponse(result);
    return new NextResponse(result.data.csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        // The name is built from slugs and a date: nothing to escape.
        "Content-Disposition": `attachment; filename="${result.data.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
