import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "./types";

/** How long after signing in with the organisation's account that sign-in still vouches for a PIN change. */
export const RECENT_SIGN_IN_MINUTES = 10;

/**
 * How someone proves it is them before setting the PIN that unlocks parent mode: their password,
 * or, without one (staff who sign in only with the organisation's account), a sign-in with that
 * account in the last few minutes, as sites ask again before a sensitive change. A session left
 * open on a shared tablet can thus not set a new PIN after a while; signing in again can.
 */
export type IdentityCheck = "password" | "recentSignIn" | "signInAgain";

export async function identityCheckFor(user: SessionUser, now = Date.now()): Promise<IdentityCheck> {
  if (await usablePasswordOf(user.id)) return "password";
  const startedAt = user.sessionStartedAt ?? 0;
  const recent = user.signedInWith === "oidc" && now - startedAt <= RECENT_SIGN_IN_MINUTES * 60_000 && startedAt <= now;
  return recent ? "recentSignIn" : "signInAgain";
}

/**
 * The account's address and password hash when its password proves who it is: it has one, is
 * active, and its organisation still lets people sign in with a password (one switched off does
 * not count either). Null otherwise.
 */
export async function usablePasswordOf(userId: string): Promise<{ email: string; passwordHash: string } | null> {
  const account = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, active: true, passwordHash: true, organisation: { select: { passwordSignIn: true } } },
  });
  if (!account?.active || !account.passwordHash || !account.organisation.passwordSignIn) return null;
  return { email: account.email, passwordHash: account.passwordHash };
}
