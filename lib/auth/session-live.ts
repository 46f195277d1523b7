import type { Database } from "@/lib/prisma-client";

/**
 * A session counts while its account is active and it started after the account last signed
 * out (in milliseconds: a sign-in in the same second as a sign-out still counts).
 */
export async function isSessionLive(db: Pick<Database, "user">, userId: string, startedAt: number): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: userId, active: true }, select: { signedOutAt: true } });
  return user !== null && (user.signedOutAt === null || startedAt >= user.signedOutAt.getTime());
}
