import { recordAudit } from "@/lib/audit/record";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { hasUsers } from "./setup-token";
import { hashSecret } from "@/lib/auth/password";
import type { Database } from "@/lib/prisma-client";

// An organisation starts from nothing: a database without users. Its first administrator is
// made once, by `npm run setup` or by the setup page the server unlocks with a printed token,
// and never again: both run the same check-and-create under one lock.

export interface FirstAdministrator {
  organisationName: string;
  name: string;
  email: string;
  /** null: the administrator sets it through an invitation link (setup from a script). */
  password: string | null;
}

export type SetupOutcome = { ok: true; organisationId: string; userId: string } | { ok: false; reason: "alreadySetUp" | "invalidToken" };

/**
 * Creates the organisation and its administrator, if there are no users yet (and, from the
 * setup page, if the token is one the server printed). Every setup token stops working.
 */
export async function setUpOrganisation(db: Database, admin: FirstAdministrator, token?: string): Promise<SetupOutcome> {
  const passwordHash = admin.password ? await hashSecret(admin.password) : null;
  return db.$transaction(async (tx) => {
    // Two setups at once (two tabs, or the page and the command): the second waits, then sees users.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('samenspraak-setup'))`;
    if (await hasUsers(tx)) return { ok: false as const, reason: "alreadySetUp" as const };
    if (token !== undefined && !(await tx.setupToken.findUnique({ where: { tokenHash: hashOneTimeToken(token) } }))) {
      return { ok: false as const, reason: "invalidToken" as const };
    }
    const organisation = await tx.organisation.create({
      data: { name: admin.organisationName, slug: await freeSlug(tx, admin.organisationName) },
      select: { id: true },
    });
    const user = await tx.user.create({
      data: { organisationId: organisation.id, name: admin.name, email: admin.email, role: "ADMIN", passwordHash },
      select: { id: true, name: true },
    });
    await tx.setupToken.deleteMany();
    await recordAudit(tx, { organisationId: organisation.id, actorId: user.id, action: "ORGANISATION_SET_UP", subjectUser: user });
    return { ok: true as const, organisationId: organisation.id, userId: user.id };
  });
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_-]+/g, "-").slice(0, 40) || "organisatie";
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await tx.organisation.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
