import type { Instrumentation } from "next";

// Runs once when a server starts: refuse to serve a misconfigured production deployment.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkConfigAtStart } = await import("@/lib/server/check-config");
  checkConfigAtStart();
}

// Every error Next.js catches while rendering a page or running a route, logged once with
// the request's id (route handlers log their own 500s in lib/server/http/json-route.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/server/log");
  logRequestError(error, request, context);
};
