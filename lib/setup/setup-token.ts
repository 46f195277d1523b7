import { hashOneTimeToken, newOneTimeToken } from "@/lib/auth/one-time-token";
import type { Database } from "@/lib/prisma-client";

// Before anyone can sign in, the setup page is unlocked by a token the server prints when it
// starts (lib/cli/serve.ts). Kept apart from the setup itself so the start script can use it.

/** Whether anyone can sign in yet. */
export async function hasUsers(db: Pick<Database, "user">): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}

/** A token for the setup page; only its hash is kept. Each app instance that starts adds one. */
export async function issueSetupToken(db: Database): Promise<string> {
  const token = newOneTimeToken();
  await db.setupToken.create({ data: { tokenHash: hashOneTimeToken(token) } });
  return token;
}
