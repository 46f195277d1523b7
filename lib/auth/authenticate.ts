import { recordAudit } from "@/lib/audit/record";
import { hashSecret, verifySecret } from "@/lib/auth/password";
import type { Database } from "@/lib/prisma-client";
import { ZSignIn } from "@/lib/validations/auth";
import { reserveAttempt, settleAttempt } from "./throttle";

export type AuthenticationResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  /** The right password, of an organisation that signs in with its own accounts only. */
  | { ok: false; reason: "passwordsOff" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

// Verified against when no such user exists, so an unknown address costs the same time as a
// wrong password and the two cannot be told apart.
let decoyHash: Promise<string> | undefined;

/**
 * The one place a password is checked. Unknown e-mail, wrong password and deactivated account
 * all answer "invalid": the message never tells which.
 */
export async function authenticate(db: Database, input: unknown, ip: string): Promise<AuthenticationResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const reservation = await reserveAttempt(db, "sign-in", email, ip);
  if (!reservation.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: reservation.retryAfterMinutes };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, organisationId: true, active: true, passwordHash: true, organisation: { select: { passwordSignIn: true } } },
  });
  decoyHash ??= hashSecret("decoy-password-for-timing");
  // The decoy is checked for an account without a password too (same time), but never counts.
  const passwordMatches = (await verifySecret(user?.passwordHash ?? (await decoyHash), password)) && Boolean(user?.passwordHash);
  // An organisation that signs in with its own accounts only refuses passwords, however right.
  const succeeded = Boolean(user && user.active && user.organisation.passwordSignIn && passwordMatches);
  await settleAttempt(db, reservation, succeeded);
  // Sign-ins to an existing account go to its organisation's audit log; an unknown address has none.
  if (user) {
    await recordAudit(db, { organisationId: user.organisationId, actorId: user.id, action: succeeded ? "SIGNED_IN" : "SIGN_IN_FAILED", subjectUser: { id: user.id, name: user.name } });
  }
  if (succeeded) return { ok: true, userId: user!.id };
  // Only someone who knows the password learns that it is the wrong way in: anyone else gets
  // "invalid", so the answer still never tells whether an address has an account.
  if (user?.active && passwordMatches && !user.organisation.passwordSignIn) return { ok: false, reason: "passwordsOff" };
  return { ok: false, reason: "invalid" };
}
