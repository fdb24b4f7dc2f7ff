import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { refuseLimitedSignIn } from "@/lib/server/auth/sign-in-limit";

const handler = NextAuth(authOptions);

// next-auth's own routes keep their form posts and CSRF token; only password sign-ins over
// a limit are answered here first (429).
async function POST(request: Request, context: unknown) {
  return (await refuseLimitedSignIn(request)) ?? handler(request, context);
}

export { handler as GET, POST };
