import "server-only";

/**
 * Counts per parent id from a Prisma `groupBy` filtered to those parents. Prisma's relation
 * `_count` inside a `select` joins a `GROUP BY` over the whole child table (every learner's
 * rows), so its cost grows with the table; filtering by the parent ids first reads only their
 * rows through the child table's index on the foreign key.
 */
export function countsByParent<K extends string>(
  groups: Array<Record<K, string | null> & { _count: { _all: number } }>,
  key: K,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const id = group[key];
    if (id !== null) counts.set(id, group._count._all);
  }
  return counts;
}
