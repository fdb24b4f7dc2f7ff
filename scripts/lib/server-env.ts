// The environment the app's server (scripts/serve.ts) is spawned with, by `npm start` and by
// the benchmarks. These settings are read once when the process starts (glibc's allocator),
// so serve.ts cannot set them for itself. A value already in the environment wins.
export function serverProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    // glibc gives threads that allocate (libuv's pool: argon2's 19 MiB per hash, zlib) arenas
    // of their own, up to 8 a core, each keeping what was freed in it. Two arenas held about
    // 55 MB less outside V8's heap after `bench:load` (docs/performance-log.md).
    MALLOC_ARENA_MAX: "2",
    ...env,
  };
}
