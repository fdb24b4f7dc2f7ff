// The benchmark's floors exist only in benchmark mode (BENCH_MODE=1, set by bench:load): a
// production server answers 404 for them and counts nothing.
import { afterEach, describe, expect, test, vi } from "vitest";

// The page's one dependency besides the flag: a signed-in user.
vi.mock("@/lib/server/auth/session", () => ({
  requireUser: async () => ({ id: "u", email: "b@example.com", name: "Bench", role: "LEARNER" }),
}));

async function load(benchMode: "0" | "1" | undefined) {
  vi.resetModules();
  if (benchMode === undefined) vi.stubEnv("BENCH_MODE", "");
  else vi.stubEnv("BENCH_MODE", benchMode);
  const route = await import("@/app/api/bench/floor/route");
  const statements = await import("@/app/api/bench/statements/route");
  const page = await import("@/app/bench/floor/page");
  return { route, statements, page: page.default };
}

afterEach(() => vi.unstubAllEnvs());

describe("benchmark floors", () => {
  test.each([undefined, "0"] as const)("are 404 when BENCH_MODE is %s", async (mode) => {
    const { route, statements, page } = await load(mode);
    expect(route.GET().status).toBe(404);
    expect(statements.GET().status).toBe(404);
    await expect(page()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  test("answer in benchmark mode", async () => {
    const { route, statements, page } = await load("1");
    const floor = route.GET();
    expect(floor.status).toBe(200);
    expect(await floor.json()).toEqual({ ok: true, data: { floor: "route" } });
    expect(statements.GET().status).toBe(200);
    expect(JSON.stringify(await page())).toContain("Bench");
  });
});
