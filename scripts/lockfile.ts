// `npm ci` refuses a lockfile that does not list every optional dependency of a locked
// package, even one built for another platform. The registry this project is developed
// against carries only the Linux x64 build of some native packages, so `npm install` here
// silently leaves the other platforms out and CI then stops before any test runs.

export type LockPackage = {
  version?: string;
  optionalDependencies?: Record<string, string>;
};

export type Lockfile = { packages: Record<string, LockPackage> };

/** Where npm would look for `name` when `from` (a lockfile key) requires it. */
function candidates(from: string, name: string): string[] {
  const found: string[] = [];
  let dir = from;
  for (;;) {
    found.push(dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
    const at = dir.lastIndexOf("/node_modules/");
    if (at >= 0) dir = dir.slice(0, at);
    else if (dir) dir = "";
    else return found;
  }
}

/** Optional dependencies that `npm ci` would report as "Missing … from lock file". */
export function missingOptionals(lock: Lockfile): string[] {
  const missing: string[] = [];
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      if (!candidates(key, name).some((path) => path in lock.packages)) {
        missing.push(`${name} (required by ${key || "the project"})`);
      }
    }
  }
  return missing;
}
