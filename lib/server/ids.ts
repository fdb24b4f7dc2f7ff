import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

const BASE = 36;
const pad = (n: number, width: number) => n.toString(BASE).padStart(width, "0").slice(-width);
const fingerprint =
  pad(process.pid, 2) +
  pad(
    [...hostname()].reduce((sum, ch) => sum + ch.charCodeAt(0), hostname().length + BASE),
    2,
  );
let counter = 0;

/**
 * An id for a row written with hand-written SQL where Prisma's schema says `cuid()`, in the
 * same shape as the ids Prisma makes (cuid version 1, 25 characters): "c", the time in
 * milliseconds (8 base-36 digits until 2059), a counter, a fingerprint of the process and 8
 * random characters. Like Prisma's, an id made in a later millisecond sorts after an earlier
 * one, and within one process also within a millisecond (the counter), which the review log's
 * tie-break on id relies on.
 */
export function newId(now = Date.now()): string {
  counter = (counter + 1) % BASE ** 4;
  const random = randomBytes(6).readUIntBE(0, 6) % BASE ** 8;
  return `c${pad(now, 8)}${pad(counter, 4)}${fingerprint}${pad(random, 8)}`;
}
