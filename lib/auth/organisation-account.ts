import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/prisma-client";
import { ZEmail } from "@/lib/validations/auth";

// Sign-in with the organisation's own accounts (OpenID Connect). The provider proves who someone
// is; this app decides whether they may come in, and as whom: an active user invited here with
// the same e-mail address. Role and teams are this app's, never taken from the provider's token.

export type OrganisationAccountRefusal = "noEmail" | "unverified" | "unknown" | "inactive";

export type OrganisationAccountMatch = { ok: true; userId: string } | { ok: false; reason: OrganisationAccountRefusal };

/**
 * The e-mail address the provider vouches for. `email` first; Microsoft Entra ID sends it only
 * for accounts with a mailbox (or as an optional claim), so otherwise `preferred_username`, the
 * sign-in name, when it is an e-mail address. An explicit `email_verified: false` is refused;
 * Entra sends no `email_verified` at all, and within the organisation's own tenant its admins
 * are the ones who give out addresses, so a missing claim counts as vouched for.
 */
export function emailFromClaims(claims: Record<string, unknown>): { ok: true; email: string } | { ok: false; reason: "noEmail" | "unverified" } {
  const verified = claims.email_verified;
  if (verified === false || verified === "false") return { ok: false, reason: "unverified" };
  for (const claim of [claims.email, claims.preferred_username]) {
    const parsed = ZEmail.safeParse(claim);
    if (parsed.success) return { ok: true, email: parsed.data };
  }
  return { ok: false, reason: "noEmail" };
}

type AccountReader = Pick<Database, "user">;
type Account = { id: string; name: string; organisationId: string; active: boolean };

async function accountFor(db: AccountReader, claims: Record<string, unknown>): Promise<{ ok: true; account: Account } | { ok: false; reason: OrganisationAccountRefusal }> {
  const email = emailFromClaims(claims);
  if (!email.ok) return email;
  // Addresses are stored trimmed and in lower case (ZEmail); insensitive anyway, so an address
  // written another way by an import still matches. Two rows that differ only in case match neither.
  const found = await db.user.findMany({
    where: { email: { equals: email.email, mode: "insensitive" } },
    select: { id: true, name: true, organisationId: true, active: true },
    take: 2,
  });
  return found.length === 1 ? { ok: true, account: found[0] } : { ok: false, reason: "unknown" };
}

function verdict(found: Awaited<ReturnType<typeof accountFor>>): OrganisationAccountMatch {
  if (!found.ok) return found;
  return found.account.active ? { ok: true, userId: found.account.id } : { ok: false, reason: "inactive" };
}

/** Whom these claims sign in as, without recording anything (the session token's subject). */
export async function matchOrganisationAccount(db: AccountReader, claims: Record<string, unknown>): Promise<OrganisationAccountMatch> {
  return verdict(await accountFor(db, claims));
}

/**
 * The decision at sign-in, recorded in the account's organisation's audit log like a password
 * sign-in. An address that belongs to nobody creates no account and leaves no trace here.
 */
export async function admitOrganisationAccount(db: AccountReader & Pick<Database, "auditEvent">, claims: Record<string, unknown>): Promise<OrganisationAccountMatch> {
  const found = await accountFor(db, claims);
  if (found.ok) {
    const { account } = found;
    await recordAudit(db, {
      organisationId: account.organisationId,
      actorId: account.id,
      action: account.active ? "SIGNED_IN" : "SIGN_IN_FAILED",
      subjectUser: { id: account.id, name: account.name },
    });
  }
  return verdict(found);
}
