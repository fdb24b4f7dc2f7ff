import { NextResponse } from "next/server";
import { exportMyData, toCsvZip } from "@/lib/server/account/export-my-data";
import { failureResponse, withSignedIn } from "@/lib/server/http/json-route";
import { fail } from "@/lib/server/service-result";

/** Downloads everything stored about the signed-in learner: ?format=json or ?format=csv (zip). */
export const GET = withSignedIn(async (user, request) => {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") {
    return failureResponse(fail("invalid", "format must be json or csv."));
  }
  const data = await exportMyData(user.id);
  const stamp = data.exportedAt.slice(0, 10);
  if (format === "json") {
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="partnership-study-data-${stamp}.json"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return new NextResponse(Buffer.from(toCsvZip(data)), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="partnership-study-data-${stamp}.zip"`,
      "Cache-Control": "no-store",
    },
  });
});
