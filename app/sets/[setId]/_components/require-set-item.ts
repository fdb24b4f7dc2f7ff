import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/session";
import type { Caller } from "@/lib/server/classes/caller";
import type { ServiceResult } from "@/lib/server/service-result";

/**
 * For the pages that edit one of the instructor's items in a set: the signed-in caller (or a
 * sign-in that comes back to `/sets/<set>/<itemPath>/edit`), then the item as `load` reads it
 * for that caller. Anything `load` refuses is "not found", so ids do not reveal what exists.
 */
export async function requireSetItem<T>(
  setId: string,
  itemPath: string,
  load: (caller: Caller) => Promise<ServiceResult<T>>,
): Promise<T> {
  const user = await requireUser(`/sets/${encodeURIComponent(setId)}/${itemPath}/edit`);
  const result = await load({ id: user.id, role: user.role });
  if (!result.ok) notFound();
  return result.data;
}
