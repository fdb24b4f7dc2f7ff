import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import { isBenchMode } from "@/lib/server/bench";

export const metadata = { title: "Benchmark floor" };

/**
 * The page floor of `npm run bench:load`: a dynamic page for a signed-in user that renders
 * one paragraph in the app's layout. Only in benchmark mode; 404 otherwise.
 */
export default async function BenchFloorPage() {
  if (!isBenchMode()) notFound();
  const user = await requireUser("/bench/floor");
  return <p>Signed in as {user.name}.</p>;
}
