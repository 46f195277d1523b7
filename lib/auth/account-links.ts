import { recordAudit } from "@/lib/audit/record";
import type { AccountLinkPurpose } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { env } from "@/lib/env";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";
import { hashSecret } from "./password";
import { clearFailures } from "./throttle";

// One-time links to set a password: an invitation for a new colleague (a week, time to read the
// mail) and a reset for someone who forgot theirs (an hour, it was just asked for). A new link
// replaces any earlier one of the same kind; using one signs out every other session.

const VALID_HOURS: Record<AccountLinkPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 1 };

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** A fresh link for this user; returns the token, which exists nowhere else. */
export async function issueAccountLink(tx: Tx | Database, userId: string, purpose: AccountLinkPurpose, now = new Date()): Promise<string> {
  await tx.accountLink.updateMany({ where: { userId, purpose, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = newOneTimeToken();
  await tx.accountLink.create({
    data: { userId, purpose, tokenHash: hashOneTimeToken(token), expiresAt: new Date(now.getTime() + VALID_HOURS[purpose] * 3_600_000) },
  });
  return token;
}

/** An invitation that was sent and can still be used: its colleague is on their way. */
export function workingInvitation(now = new Date()) {
  return { purpose: "INVITATION" as const, usedAt: null, expiresAt: { gt: now } };
}

/** The full address of the page that uses the link: always the configured one, never a request's Host. */
export function accountLinkUrl(token: string): string {
  return `${env.APP_URL}/wachtwoord/instellen?token=${encodeURIComponent(token)}`;
}

const usable = (token: string, now: Date) => ({ tokenHash: hashOneTimeToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } });

/** Who a working link is for (to greet them); null when it is unknown, used or expired. */
export async function findAccountLink(db: Database, token: string, now = new Date()) {
  if (token.length > 200) return null;
  return db.accountLink.findFirst({ where: usable(token, now), select: { purpose: true, user: { select: { name: true, email: true } } } });
}

/**
 * Sets the password through the link, once: claiming the link and setting the password happen
 * in one transaction, so two submissions of the same link cannot both succeed.
 */
export async function redeemAccountLink(db: Database, token: string, password: string, now = new Date()): Promise<{ ok: true; email: string } | { ok: false }> {
  if (token.length > 200) return { ok: false };
  const passwordHash = await hashSecret(password);
  return db.$transaction(async (tx) => {
    const link = await tx.accountLink.findFirst({ where: usable(token, now), select: { id: true, userId: true } });
    if (!link) return { ok: false as const };
    const claimed = await tx.accountLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return { ok: false as const };
    const user = await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, signedOutAt: now },
      select: { id: true, name: true, email: true, organisationId: true },
    });
    await recordAudit(tx, { organisationId: user.organisationId, actorId: user.id, action: "PASSWORD_SET", subjectUser: user });
    // A new password is a fresh start: earlier failed guesses no longer hold the account back.
    await clearFailures(tx, "sign-in", user.email);
    return { ok: true as const, email: user.email };
  });
}
