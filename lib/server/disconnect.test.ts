// A script that is done with the database must not be kept alive by it: the end-to-end tests'
// seeds waited 10 s each after their last statement, for pg's idle timeout on the pool that
// Prisma's `$disconnect` leaves open. Run in a child process, as the seeds run.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect, test } from "vitest";

/** What keeps the child alive once it has let go of the database ("prisma only": the control). */
async function resourcesLeft(mode: "disconnect" | "prisma only"): Promise<string[]> {
  const child = spawn(
    "npx",
    ["tsx", "--conditions=react-server", "test/disconnect-child.ts", mode],
    {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (output += chunk));
  try {
    while (!output.includes("\n")) {
      const [closed] = await Promise.race([
        once(child.stdout, "data").then(() => [false]),
        once(child, "exit").then(() => [true]),
      ]);
      if (closed && !output.includes("\n")) throw new Error(`the child printed nothing`);
    }
  } finally {
    child.kill(); // the control would wait out pg's idle timeout
  }
  const listed = JSON.parse(output.split("\n")[0]!) as string[];
  // Its standard streams, piped to this process, are listed as pipes: not the database's.
  return listed.filter((resource) => resource !== "PipeWrap");
}

test("disconnectDatabase closes every connection; Prisma's $disconnect does not", async () => {
  const [after, prismaOnly] = await Promise.all([
    resourcesLeft("disconnect"),
    resourcesLeft("prisma only"),
  ]);
  // The control: the shared pool's idle connection (a TCP socket and its idle timer) outlives
  // `$disconnect`. After disconnectDatabase only the child's own timer, the one that prints
  // this list, is left.
  expect(prismaOnly).toEqual(expect.arrayContaining(["TCPSocketWrap", "Timeout"]));
  expect(prismaOnly.length).toBeGreaterThan(2);
  expect(after).toEqual(["Timeout"]);
}, 60_000);
