import { hashSecret } from "@/lib/auth/password";
import type { Role, SessionUser } from "@/lib/auth/types";
import type { Database } from "@/lib/prisma-client";

export const FIXTURE_PASSWORD = "fixture-password-1";

let passwordHash: Promise<string> | undefined;

let counter = 0;
/** Unique per call, so data from one test never collides with another's. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function createOrganisation(db: Database) {
  const slug = uniqueName("org");
  return db.organisation.create({ data: { slug, name: slug } });
}

export async function createTeam(db: Database, organisationId: string) {
  return db.team.create({ data: { organisationId, name: uniqueName("team") } });
}

export async function createUser(db: Database, organisationId: string, role: Role, teamIds: string[] = []) {
  passwordHash ??= hashSecret(FIXTURE_PASSWORD);
  return db.user.create({
    data: {
      organisationId,
      role,
      name: uniqueName(role.toLowerCase()),
      email: `${uniqueName("user")}@example.nl`,
      passwordHash: await passwordHash,
      memberships: { create: teamIds.map((teamId) => ({ teamId })) },
    },
    select: { id: true, name: true, email: true, role: true, organisationId: true },
  });
}

export async function createFamily(db: Database, organisationId: string, teamId: string, followedBy: string[] = []) {
  return db.family.create({
    data: {
      organisationId,
      teamId,
      label: uniqueName("Fam"),
      professionals: { create: followedBy.map((userId) => ({ userId })) },
    },
  });
}

/** The session as lib/auth/session would build it for this user. */
export function asSessionUser(
  user: { id: string; name: string; email: string; role: Role; organisationId: string },
  teamIds: string[],
): SessionUser {
  return { ...user, teamIds, hasPin: true };
}

/**
 * Two organisations: teams A and B in the first, C in the second, a family in team A, and one
 * user for every cell of the authorisation matrix.
 */
export async function createWorld(db: Database) {
  const organisation = await createOrganisation(db);
  const otherOrganisation = await createOrganisation(db);
  const [teamA, teamB, teamC] = await Promise.all([
    createTeam(db, organisation.id),
    createTeam(db, organisation.id),
    createTeam(db, otherOrganisation.id),
  ]);
  const [professional, otherTeamProfessional, teamLead, otherTeamLead, admin, otherOrganisationAdmin] = await Promise.all([
    createUser(db, organisation.id, "PROFESSIONAL", [teamA.id]),
    createUser(db, organisation.id, "PROFESSIONAL", [teamB.id]),
    createUser(db, organisation.id, "TEAM_LEAD", [teamA.id]),
    createUser(db, organisation.id, "TEAM_LEAD", [teamB.id]),
    createUser(db, organisation.id, "ADMIN"),
    createUser(db, otherOrganisation.id, "ADMIN", [teamC.id]),
  ]);
  const family = await createFamily(db, organisation.id, teamA.id, [professional.id]);
  const actors = {
    anonymous: null,
    "professional of another team": asSessionUser(otherTeamProfessional, [teamB.id]),
    "professional of the team": asSessionUser(professional, [teamA.id]),
    "team lead of the team": asSessionUser(teamLead, [teamA.id]),
    "team lead of another team": asSessionUser(otherTeamLead, [teamB.id]),
    admin: asSessionUser(admin, []),
    "admin of another organisation": asSessionUser(otherOrganisationAdmin, [teamC.id]),
  } satisfies Record<string, SessionUser | null>;
  return { organisation, otherOrganisation, teamA, teamB, teamC, family, professional, otherTeamProfessional, actors };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
export type ActorName = keyof World["actors"];
export const actorNames = [
  "anonymous",
  "professional of another team",
  "professional of the team",
  "team lead of the team",
  "team lead of another team",
  "admin",
  "admin of another organisation",
] as const satisfies readonly ActorName[];

/**
 * A minimal stand-in for the partnerships instrument with one item, and a conversation about
 * it with family A (the real content takes a second to seed; the matrix has a hundred cells).
 */
export async function createConversationFixture(db: Database, world: World) {
  const instrument = await db.instrument.create({ data: { key: "partnerships", position: 99 } });
  const version = await db.instrumentVersion.create({
    data: {
      instrumentId: instrument.id,
      version: 1,
      contentHash: "fixture",
      items: { create: { key: "item", position: 0, kind: "QUESTION" } },
    },
    include: { items: true },
  });
  const itemId = version.items[0].id;
  const conversation = await db.conversation.create({
    data: {
      organisationId: world.organisation.id,
      teamId: world.teamA.id,
      familyId: world.family.id,
      professionalId: world.professional.id,
      phaseKey: "main",
      items: { create: { itemId, position: 0 } },
    },
  });
  const earlierAgreement = await db.agreement.create({
    data: { conversationId: conversation.id, familyId: world.family.id, text: "Eerder afgesproken", owner: "TOGETHER" },
  });
  return { conversationId: conversation.id, itemId, earlierAgreementId: earlierAgreement.id };
}

/**
 * Reflection in the world: a partnership item beside the conversation fixture's, an open round of
 * team A about it with an agreement, and the professional's own reflection, finished (closed).
 */
export async function createReflectionFixture(db: Database, world: World, itemId: string) {
  const item = await db.item.findUniqueOrThrow({ where: { id: itemId }, select: { instrumentVersionId: true } });
  const partnership = await db.item.create({ data: { instrumentVersionId: item.instrumentVersionId, key: "partnership", position: 1, kind: "PARTNERSHIP" } });
  const round = await db.reflectionRound.create({
    data: {
      organisationId: world.organisation.id,
      teamId: world.teamA.id,
      openedById: world.actors["team lead of the team"].id,
      items: { create: { itemId: partnership.id, position: 0 } },
      agreements: { create: { text: "Eerder afgesproken", owner: "iedereen" } },
    },
    include: { agreements: true },
  });
  const ownRound = await db.reflectionRound.create({
    data: {
      organisationId: world.organisation.id,
      ownerId: world.professional.id,
      openedById: world.professional.id,
      closedAt: new Date(),
      items: { create: { itemId: partnership.id, position: 0 } },
      reflections: { create: { userId: world.professional.id, finishedAt: new Date(), ratings: { create: { itemId: partnership.id, value: 4 } } } },
    },
  });
  return { reflectionRoundId: round.id, reflectionItemId: partnership.id, teamAgreementId: round.agreements[0].id, ownReflectionRoundId: ownRound.id };
}
