import nodemailer from "nodemailer";
import { env } from "@/lib/env";

// Outgoing mail through the organisation's own SMTP server (SMTP_URL). Without one the app still
// works: whoever asked for a link sees it on screen to pass on (the embedded default needs no
// mail server).

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export function canSendMail(): boolean {
  return env.SMTP_URL !== undefined;
}

let transport: { url: string; transporter: nodemailer.Transporter } | undefined;

/** Sends one plain-text mail; throws when the server refuses it, so the caller can say so. */
export async function sendMail(mail: Mail): Promise<void> {
  const url = env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  await transport.transporter.sendMail({ from: env.MAIL_FROM, ...mail });
}
