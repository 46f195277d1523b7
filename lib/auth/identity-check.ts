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
  const account = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true, organisation: { select: { passwordSignIn: true } } },
  });
  // A password the organisation no longer lets anyone sign in with does not count either.
  if (account?.passwordHash && account.organisation.passwordSignIn) return "password";
  const startedAt = user.sessionStartedAt ?? 0;
  const recent = user.signedInWith === "oidc" && now - startedAt <= RECENT_SIGN_IN_MINUTES * 60_000 && startedAt <= now;
  return recent ? "recentSignIn" : "signInAgain";
}
