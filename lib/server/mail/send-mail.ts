import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env, type Env } from "@/lib/env";

/**
 * The app's email (password-reset links), through nodemailer: by SMTP when SMTP_URL is set,
 * else written as a file to MAIL_OUTBOX_DIR (a local install reads its mail there), else not
 * at all. Callers ask `mailDelivery` first and tell the user when there is none.
 */
export type MailDelivery = "smtp" | "outbox" | "none";

export function mailDelivery(config: Env = env): MailDelivery {
  if (config.SMTP_URL) return "smtp";
  if (config.MAIL_OUTBOX_DIR) return "outbox";
  return "none";
}

export type Mail = { to: string; subject: string; text: string };

const transports = new Map<string, nodemailer.Transporter>();

function transport(config: Env): nodemailer.Transporter {
  const key = config.SMTP_URL ?? "outbox";
  let found = transports.get(key);
  if (!found) {
    found = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : // The whole message in memory, as it would go over the wire: written to a file below.
        nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    transports.set(key, found);
  }
  return found;
}

/** Sends one plain-text email; throws when there is no delivery or the server refuses it. */
export async function sendMail(mail: Mail, config: Env = env): Promise<void> {
  const delivery = mailDelivery(config);
  if (delivery === "none") throw new Error("No email delivery: set SMTP_URL or MAIL_OUTBOX_DIR.");
  const info = await transport(config).sendMail({ from: config.MAIL_FROM, ...mail });
  if (delivery === "smtp") return;
  const dir = config.MAIL_OUTBOX_DIR!;
  await mkdir(dir, { recursive: true });
  // Sorted by name is sorted by time; the id keeps two messages in one millisecond apart.
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`;
  await writeFile(path.join(dir, name), info.message as Buffer, { mode: 0o600 });
}
