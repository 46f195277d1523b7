import "server-only";
import type { Database } from "@/lib/prisma-client";
import { teamKey } from "./check-rows";
import type { Existing, Writes } from "./plan-shared";

// Reading what the organisation has, and writing an import's plan: inside one transaction, so
// what was checked is what gets written, and all of it or nothing.

export type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
type Reader = Pick<Database, "team" | "user" | "family">;

/** Rows per statement: a statement may bind at most 32,767 values in PostgreSQL. */
const CHUNK = 1_000;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) => items.slice(index * CHUNK, (index + 1) * CHUNK));

export async function loadExisting(db: Reader, organisationId: string, staffEmails: string[]): Promise<Existing> {
  const teams = await db.team.findMany({ where: { organisationId }, select: { id: true, name: true } });
  const own = await db.user.findMany({
    where: { organisationId },
    select: { id: true, email: true, name: true, role: true, organisationId: true, memberships: { select: { teamId: true } } },
  });
  // Of other organisations only whether an address is taken: it says nothing else about them.
  const elsewhere = [];
  for (const emails of chunks([...new Set(staffEmails)])) {
    elsewhere.push(...(await db.user.findMany({ where: { email: { in: emails }, organisationId: { not: organisationId } }, select: { id: true, email: true, role: true, organisationId: true } })));
  }
  const families = await db.family.findMany({
    where: { organisationId },
    select: { id: true, teamId: true, label: true, preferredLanguage: true, professionals: { select: { userId: true } } },
  });
  return {
    teams,
    users: [
      ...own.map(({ memberships, ...user }) => ({ ...user, teamIds: memberships.map((membership) => membership.teamId) })),
      ...elsewhere.map((user) => ({ ...user, name: "", teamIds: [] })),
    ],
    families: families.map(({ professionals, ...family }) => ({ ...family, professionalIds: professionals.map((link) => link.userId) })),
  };
}

/** Many rows per statement: 5,000 families are five statements, not 5,000. */
export async function writePlan(tx: Tx, organisationId: string, existing: Existing, writes: Writes): Promise<void> {
  const teamIds = new Map(existing.teams.map((team) => [teamKey(team.name), team.id]));
  for (const names of chunks(writes.teams)) {
    const created = await tx.team.createManyAndReturn({ data: names.map((name) => ({ organisationId, name })), select: { id: true, name: true } });
    for (const team of created) teamIds.set(teamKey(team.name), team.id);
  }
  const userIds = new Map(existing.users.filter((user) => user.organisationId === organisationId).map((user) => [user.email, user.id]));
  for (const users of chunks(writes.users)) {
    // No password: imported staff are invited, and set their own.
    const created = await tx.user.createManyAndReturn({ data: users.map((user) => ({ ...user, organisationId })), select: { id: true, email: true } });
    for (const user of created) userIds.set(user.email, user.id);
  }
  for (const update of writes.userUpdates) await tx.user.update({ where: { id: update.id }, data: { name: update.name, role: update.role } });
  for (const memberships of chunks(writes.memberships)) {
    await tx.teamMembership.createMany({ data: memberships.map(({ email, team }) => ({ userId: userIds.get(email)!, teamId: teamIds.get(team)! })) });
  }
  const familyIds = new Map(existing.families.map((family) => [`${family.teamId}|${family.label}`, family.id]));
  for (const families of chunks(writes.families)) {
    const data = families.map(({ team, ...family }) => ({ ...family, organisationId, teamId: teamIds.get(team)! }));
    const created = await tx.family.createManyAndReturn({ data, select: { id: true, teamId: true, label: true } });
    for (const family of created) familyIds.set(`${family.teamId}|${family.label}`, family.id);
  }
  // One statement per language, not one per family.
  for (const language of new Set(writes.familyUpdates.map((update) => update.preferredLanguage))) {
    const ids = writes.familyUpdates.filter((update) => update.preferredLanguage === language).map((update) => update.id);
    for (const chunk of chunks(ids)) await tx.family.updateMany({ where: { id: { in: chunk } }, data: { preferredLanguage: language } });
  }
  for (const followers of chunks(writes.followers)) {
    const data = followers.map(({ team, label, email }) => ({ familyId: familyIds.get(`${teamIds.get(team)}|${label}`)!, userId: userIds.get(email)! }));
    await tx.familyProfessional.createMany({ data });
  }
}
