// The app's email as a mail client would show it, read from an outbox folder (MAIL_OUTBOX_DIR):
// for the integration tests and the end-to-end journeys.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A message's text, its body decoded when it was sent quoted-printable. */
export function decodeMessage(raw: string): string {
  if (!/^Content-Transfer-Encoding: quoted-printable\r?$/im.test(raw)) return raw;
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every message in the folder, oldest first (the file names start with the time). */
export function readOutbox(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().map((name) => decodeMessage(readFileSync(path.join(dir, name), "utf8")));
}
