// The session check decrypts next-auth's cookie itself (the key derived once per secret): it
// must accept exactly the tokens next-auth's own `decode` accepts, with the same claims.
import { decode, encode, type JWT } from "next-auth/jwt";
import { describe, expect, test } from "vitest";
import { decodeSessionToken } from "./decode-session-token";

const SECRET = "s".repeat(40);
const OTHER = "o".repeat(40);
const claims: JWT = {
  uid: "user-1",
  role: "LEARNER",
  sv: 3,
  name: "Ada",
  email: "ada@example.org",
};

describe("decodeSessionToken", () => {
  test("decodes a token from next-auth's encode as next-auth's decode does", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const ours = await decodeSessionToken(token, SECRET);
    expect(ours).toEqual(await decode({ token, secret: SECRET }));
    expect(ours).toMatchObject(claims);
    // Again, with the key already derived: the same answer.
    expect(await decodeSessionToken(token, SECRET)).toEqual(ours);
  });

  test("a token of another secret is refused, also once a key is cached", async () => {
    const mine = await encode({ token: claims, secret: SECRET });
    const theirs = await encode({ token: { ...claims, uid: "user-2" }, secret: OTHER });
    await decodeSessionToken(mine, SECRET);
    await expect(decodeSessionToken(theirs, SECRET)).rejects.toThrow();
    // The key follows the secret: each token decodes under its own.
    expect(await decodeSessionToken(theirs, OTHER)).toMatchObject({ uid: "user-2" });
    await expect(decodeSessionToken(mine, OTHER)).rejects.toThrow();
    expect(await decodeSessionToken(mine, SECRET)).toMatchObject({ uid: "user-1" });
  });

  test.each([
    ["the protected header", 0],
    ["the initialisation vector", 2],
    ["the ciphertext", 3],
    ["the tag", 4],
  ])("a token with %s changed is refused, as next-auth refuses it", async (_label, part) => {
    const token = await encode({ token: claims, secret: SECRET });
    const parts = token.split(".");
    const segment = parts[part]!;
    const flipped = segment[5] === "A" ? "B" : "A";
    parts[part] = segment.slice(0, 5) + flipped + segment.slice(6);
    const tampered = parts.join(".");
    await expect(decode({ token: tampered, secret: SECRET })).rejects.toThrow();
    await expect(decodeSessionToken(tampered, SECRET)).rejects.toThrow();
  });

  test("an expired token is refused; within next-auth's 15 s tolerance it is not", async () => {
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    await expect(decode({ token: expired, secret: SECRET })).rejects.toThrow();
    await expect(decodeSessionToken(expired, SECRET)).rejects.toThrow(/exp/);
    const justNow = await encode({ token: claims, secret: SECRET, maxAge: -5 });
    expect(await decodeSessionToken(justNow, SECRET)).toEqual(
      await decode({ token: justNow, secret: SECRET }),
    );
  });

  test("a signed but unencrypted token is refused", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
    await expect(decodeSessionToken(`${header}.${body}.`, SECRET)).rejects.toThrow();
  });
});
