import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { type Lockfile, missingOptionals } from "./lockfile";

describe("missingOptionals", () => {
  const binding = { optionalDependencies: { "bin-darwin": "^1.0.0", "bin-linux": "^1.0.0" } };

  test.each<[string, Lockfile, string[]]>([
    [
      "all hoisted",
      {
        packages: {
          "": {},
          "node_modules/bin": binding,
          "node_modules/bin-darwin": {},
          "node_modules/bin-linux": {},
        },
      },
      [],
    ],
    [
      "one platform left out",
      { packages: { "": {}, "node_modules/bin": binding, "node_modules/bin-linux": {} } },
      ["bin-darwin (required by node_modules/bin)"],
    ],
    [
      "nested under the package that needs it",
      {
        packages: {
          "": {},
          "node_modules/a/node_modules/bin": binding,
          "node_modules/a/node_modules/bin-darwin": {},
          "node_modules/bin-linux": {},
        },
      },
      [],
    ],
    [
      "nested under a sibling does not count",
      {
        packages: {
          "": {},
          "node_modules/bin": binding,
          "node_modules/a/node_modules/bin-darwin": {},
          "node_modules/bin-linux": {},
        },
      },
      ["bin-darwin (required by node_modules/bin)"],
    ],
  ])("%s", (_name, lock, expected) => {
    expect(missingOptionals(lock)).toEqual(expected);
  });
});

test("package-lock.json lists every optional dependency, so `npm ci` accepts it", () => {
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as Lockfile;
  // If this fails after `npm install`: the registry lacked those builds; add their entries
  // back (version, cpu, os, optional: true) as the commit that added this test did.
  expect(missingOptionals(lock)).toEqual([]);
});
