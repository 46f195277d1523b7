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
  if (await hasUsablePassword(user.id)) return "password";
  const startedAt = user.sessionStartedAt ?? 0;
  const recent = user.signedInWith === "oidc" && now - startedAt <= RECENT_SIGN_IN_MINUTES * 60_000 && startedAt <= now;
  return recent ? "recentSignIn" : "signInAgain";
}

/**
 * Whether this account's password proves who it is: it has one, is active, and its organisation
 * still lets people sign in with a password (one switched off does not count either).
 */
export async function hasUsablePassword(userId: string): Promise<boolean> {
  const account = await db.user.findUnique({
    where: { id: userId },
    select: { active: true, passwordHash: true, organisation: { select: { passwordSignIn: true } } },
  });
  return Boolean(account?.active && account.passwordHash && account.organisation.passwordSignIn);
}
