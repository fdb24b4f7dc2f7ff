import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { exportMyData, toCsvZip } from "@/lib/server/account/export-my-data";

/** Downloads everything stored about the signed-in learner: ?format=json or ?format=csv (zip). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return NextResponse.json({ ok: false, error: "Sign in to continue." }, { status: 401 });
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") {
    return NextResponse.json({ ok: false, error: "format must be json or csv." }, { status: 422 });
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
}
