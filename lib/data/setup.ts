import "server-only";
import { redirect } from "next/navigation";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { db } from "@/lib/db";
import { hasUsers } from "@/lib/setup/setup-token";

// Until the first administrator exists, every screen leads to the setup page. Users are never
// deleted, so once set up this process never asks again: no query per request after that.
let setUp = false;

export async function isSetUp(): Promise<boolean> {
  setUp ||= await hasUsers(db);
  return setUp;
}

/** For the layouts of every screen but the setup page itself. */
export async function requireSetUp(): Promise<void> {
  if (!(await isSetUp())) redirect("/inrichten");
}

/** Whether this is a setup token the server printed and nobody has used. */
export async function isSetupToken(token: string): Promise<boolean> {
  if (token.length > 200) return false;
  return (await db.setupToken.findUnique({ where: { tokenHash: hashOneTimeToken(token) }, select: { tokenHash: true } })) !== null;
}
