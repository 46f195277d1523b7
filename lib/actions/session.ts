"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * Voids the signed-in user's sessions before next-auth clears the cookie. Without this, a
 * request still in flight with the old cookie could have it refreshed and undo the sign-out.
 * No input, so nothing to validate; without a session there is nothing to do.
 */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  await db.user.update({ where: { id: user.id }, data: { signedOutAt: new Date() } });
}
