import { hashSecret } from "@/lib/auth/password";
import type { Database } from "@/lib/prisma-client";
import { DEMO_PASSWORD, demoFamilies, demoOrganisation, demoTeams, demoUsers, familiesWithHistory } from "./demo-data";
import { seedDemoConversations } from "./demo-conversations";

/** Idempotent: existing rows are found by their unique keys and left as they are. */
export async function seedDemo(db: Database): Promise<void> {
  const organisation = await db.organisation.upsert({
    where: { slug: demoOrganisation.slug },
    create: demoOrganisation,
    update: {},
  });
  const teamIds = new Map<string, string>();
  for (const name of demoTeams) {
    const team = await db.team.upsert({
      where: { organisationId_name: { organisationId: organisation.id, name } },
      create: { organisationId: organisation.id, name },
      update: {},
    });
    teamIds.set(name, team.id);
  }
  const userIds = new Map<string, string>();
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    const id =
      existing?.id ??
      (
        await db.user.create({
          data: {
            organisationId: organisation.id,
            email: user.email,
            name: user.name,
            role: user.role,
            // Hashing only on create keeps a second run from rewriting every hash.
            passwordHash: await hashSecret(DEMO_PASSWORD),
            memberships: { create: user.teams.map((team) => ({ teamId: teamIds.get(team)! })) },
          },
          select: { id: true },
        })
      ).id;
    userIds.set(user.email, id);
  }
  const historyFamilyIds: string[] = [];
  for (const family of demoFamilies) {
    const teamId = teamIds.get(family.team)!;
    const seeded = await db.family.upsert({
      where: { teamId_label: { teamId, label: family.label } },
      create: {
        organisationId: organisation.id,
        teamId,
        label: family.label,
        preferredLanguage: family.preferredLanguage,
        professionals: { create: family.followedBy.map((email) => ({ userId: userIds.get(email)! })) },
      },
      update: {},
      select: { id: true },
    });
    if (familiesWithHistory.includes(family.label)) historyFamilyIds.push(seeded.id);
  }
  await seedDemoConversations(db, historyFamilyIds, userIds.get("professional@demo.samenspraak.nl")!);
}
