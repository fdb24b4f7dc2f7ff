import { NextResponse } from "next/server";
import { clientIp, consumeSignUp } from "@/lib/server/auth/rate-limits";
import { createUser } from "@/lib/server/users/create-user";

// Sign-up. A route handler rather than a server action so that bad input gets a real 4xx.
export async function POST(request: Request) {
  const wait = await consumeSignUp(clientIp(request.headers));
  if (wait > 0) {
    return NextResponse.json(
      {
        ok: false,
        error: `Too many sign-ups from your network. Try again in ${Math.ceil(wait / 60)} minutes.`,
      },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json(
      { ok: false, error: "The request body must be JSON." },
      { status: 400 },
    );
  }
  const result = await createUser(body);
  if (result.ok) return NextResponse.json(result, { status: 201 });
  const conflict = result.fieldErrors?.email?.some((m) =>
    m.startsWith("An account with this email"),
  );
  const forbidden = Boolean(result.fieldErrors?.instructorCode);
  return NextResponse.json(result, { status: conflict ? 409 : forbidden ? 403 : 422 });
}
