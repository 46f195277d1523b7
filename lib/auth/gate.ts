import "server-only";
import { readParentMode, readParticipant } from "@/lib/conversation/cookies";
import { db } from "@/lib/db";
import type { Side } from "@/lib/domain";
import { isId } from "@/lib/validations/family";
import { canDeleteFamilies, canHoldConversations, canLeadTeamReflection, canManageOrganisation, canSeeResults, canWorkWithFamilies, familyScope } from "./permissions";
import type { SessionUser } from "./types";

// The one place that answers "may this caller see or change this?". Each yes is a grant: a value
// only this module can make, because the brand below is never exported. Reads in lib/data and
// writes in lib/actions take a grant, never a bare id from an address or a form, so forgetting
// the check does not compile.

declare const brand: unique symbol;
type Granted<T> = T & { readonly [brand]: true };
const grant = <T>(value: T) => value as Granted<T>;

/** Who is at the conversation. */
export type ConversationCaller =
  /** Signed in on their own screen: a professional of the family's team, or the admin. */
  | { kind: "professional"; user: SessionUser }
  /** The professional's tablet in parent mode: both sit at it, both rate. */
  | { kind: "tablet"; professionalId: string }
  /** The parent's own phone, joined with the code. */
  | { kind: "phone" };

export type ConversationGrant = Granted<{
  conversationId: string;
  /** write: may reveal, record agreements, notes and the next appointment (a professional of the family's team). */
  mode: "read" | "write";
  caller: ConversationCaller;
  /** The sides this caller may rate for. */
  sides: Side[];
}>;

/** A signed-in user's access to one conversation of a family they work with. */
export async function conversationFor(user: SessionUser, conversationId: string, mode: "read" | "write"): Promise<ConversationGrant | null> {
  // From the address, unchecked: an impossible id finds nothing, and never reaches the database.
  if (!isId(conversationId)) return null;
  const writer = canHoldConversations(user);
  if (mode === "write" && !writer) return null;
  const visible = await db.conversation.count({ where: { id: conversationId, family: familyScope(user) } });
  if (!visible) return null;
  return grant({ conversationId, mode, caller: { kind: "professional", user }, sides: writer ? ["PROFESSIONAL"] : [] });
}

/**
 * The device at hand, whoever holds it: a tablet in parent mode (locked to its one conversation),
 * a parent's phone, or a signed-in professional or admin.
 */
export async function conversationForDevice(conversationId: string): Promise<ConversationGrant | null> {
  if (!isId(conversationId)) return null;
  const parentMode = await readParentMode();
  if (parentMode) {
    if (parentMode.conversationId !== conversationId) return null;
    return grant({ conversationId, mode: "read", caller: { kind: "tablet", professionalId: parentMode.professionalId }, sides: ["PARENT", "PROFESSIONAL"] });
  }
  // The participant token expires with the join window it was issued for (48 hours at most),
  // so its signature and expiry are the whole check: no query on every autosave.
  const participant = await readParticipant();
  if (participant?.conversationId === conversationId) return grant({ conversationId, mode: "read", caller: { kind: "phone" }, sides: ["PARENT"] });
  // Loaded here, not at the top: next-auth and next/navigation need Next's runtime, and the
  // dashboard benchmark reads through this gate outside it (npm run bench).
  const { getCurrentUser } = await import("./session");
  const user = await getCurrentUser();
  if (!user) return null;
  return conversationFor(user, conversationId, canHoldConversations(user) ? "write" : "read");
}

/**
 * read: see the family (its professionals, the admin). edit: change it. converse: start a
 * conversation with it (its professionals only). erase: delete it (the admin only).
 */
export type FamilyMode = "read" | "edit" | "converse" | "erase";

const familyRule: Record<FamilyMode, (user: SessionUser) => boolean> = {
  read: () => true,
  edit: canWorkWithFamilies,
  converse: canHoldConversations,
  erase: canDeleteFamilies,
};

export type FamilyGrant = Granted<{ user: SessionUser; mode: FamilyMode; familyId: string; teamId: string; organisationId: string; label: string }>;

export async function familyFor(user: SessionUser, familyId: string, mode: FamilyMode): Promise<FamilyGrant | null> {
  if (!isId(familyId) || !familyRule[mode](user)) return null;
  const family = await db.family.findFirst({
    where: { id: familyId, ...familyScope(user) },
    select: { id: true, teamId: true, organisationId: true, label: true },
  });
  return family ? grant({ user, mode, familyId: family.id, teamId: family.teamId, organisationId: family.organisationId, label: family.label }) : null;
}

export type HomeGrant = Granted<{ user: SessionUser }>;

/**
 * A professional's own home screen: the conversations, follow-up conversations and agreements of
 * the families they work with. The reads behind it stay within familyScope, like the families page.
 */
export function homeFor(user: SessionUser): HomeGrant | null {
  return canHoldConversations(user) ? grant({ user }) : null;
}

export type DashboardGrant = Granted<{
  organisationId: string;
  /** The teams this user may choose between. */
  teams: { id: string; name: string }[];
  /** The team the figures are about; null for the whole organisation (admin). */
  teamId: string | null;
}>;

/** Which teams' figures this user may see; null for a professional (no dashboard). */
export async function dashboardScope(user: SessionUser, chosenTeamId: string | undefined): Promise<DashboardGrant | null> {
  if (!canSeeResults(user)) return null;
  const teams = await db.team.findMany({
    where: user.role === "ADMIN" ? { organisationId: user.organisationId } : { organisationId: user.organisationId, id: { in: user.teamIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (teams.length === 0) return null;
  const chosen = teams.find((team) => team.id === chosenTeamId);
  // A team lead always looks at one team; an admin at the organisation unless they choose one.
  const teamId = chosen?.id ?? (user.role === "ADMIN" ? null : teams[0].id);
  return grant({ organisationId: user.organisationId, teams, teamId });
}

/**
 * read: see the round (a team round's spread and agreements; an own round's answers). rate: give
 * one's own answers while it is open (members of the team; the owner of an own round). agree:
 * record and follow up the team's agreements (members and the admin). manage: close it (the team
 * lead of the team, the admin). An own round is its professional's alone, in every mode.
 */
export type ReflectionMode = "read" | "rate" | "agree" | "manage";

export type ReflectionGrant = Granted<{
  user: SessionUser;
  mode: ReflectionMode;
  roundId: string;
  organisationId: string;
  /** The team's round; null for a professional's own. */
  team: { id: string; name: string } | null;
  closed: boolean;
}>;

export async function reflectionRoundFor(user: SessionUser, roundId: string, mode: ReflectionMode): Promise<ReflectionGrant | null> {
  if (!isId(roundId)) return null;
  const round = await db.reflectionRound.findFirst({
    where: { id: roundId, organisationId: user.organisationId },
    select: { ownerId: true, closedAt: true, team: { select: { id: true, name: true } } },
  });
  if (!round) return null;
  const closed = round.closedAt !== null;
  const member = round.team !== null && user.teamIds.includes(round.team.id);
  const allowed = round.team
    ? { read: member || user.role === "ADMIN", rate: member && !closed, agree: member || user.role === "ADMIN", manage: canLeadTeamReflection(user, round.team.id) }[mode]
    : round.ownerId === user.id && (mode === "read" || (mode === "rate" && !closed));
  return allowed ? grant({ user, mode, roundId, organisationId: user.organisationId, team: round.team, closed }) : null;
}

export type ReflectionTeamGrant = Granted<{ user: SessionUser; teamId: string; organisationId: string }>;

/** May this user open a reflection round for this team? */
export async function reflectionTeamFor(user: SessionUser, teamId: string): Promise<ReflectionTeamGrant | null> {
  if (!isId(teamId) || !canLeadTeamReflection(user, teamId)) return null;
  const found = await db.team.count({ where: { id: teamId, organisationId: user.organisationId } });
  return found ? grant({ user, teamId, organisationId: user.organisationId }) : null;
}

/**
 * The parents' view of a team round's own team, beside its spread: the dashboard's figures of
 * that one team, under the dashboard's own threshold. Members see it too: the parents' consent
 * question says the team sees figures over at least that many families.
 */
export function parentsViewOf(round: ReflectionGrant): DashboardGrant | null {
  if (!round.team || round.mode !== "read") return null;
  return grant({ organisationId: round.organisationId, teams: [round.team], teamId: round.team.id });
}

/** A user of the admin's own organisation (a forged id of another organisation finds nothing). */
export async function organisationUserFor(admin: SessionUser, userId: string): Promise<{ id: string; name: string; email: string } | null> {
  if (!canManageOrganisation(admin) || !isId(userId)) return null;
  return db.user.findFirst({ where: { id: userId, organisationId: admin.organisationId }, select: { id: true, name: true, email: true } });
}

/** Whether every one of these teams belongs to the user's organisation. */
export async function teamsOfOrganisation(user: SessionUser, teamIds: string[]): Promise<boolean> {
  const unique = [...new Set(teamIds)];
  const found = await db.team.count({ where: { id: { in: unique }, organisationId: user.organisationId } });
  return found === unique.length;
}
