import "server-only";
import { canManageOrganisation } from "@/lib/auth/permissions";
import type { Role, SessionUser } from "@/lib/auth/types";
import { effectiveThreshold } from "@/lib/dashboard/suppression";
import { workingInvitation } from "@/lib/auth/account-links";
import { db } from "@/lib/db";

export interface TeamOption {
  id: string;
  name: string;
}

/** Teams this user may choose from: all of the organisation for the admin, else their own. */
export async function listTeamOptions(user: SessionUser): Promise<TeamOption[]> {
  return db.team.findMany({
    where: canManageOrganisation(user)
      ? { organisationId: user.organisationId }
      : { organisationId: user.organisationId, id: { in: user.teamIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export interface TeamOverview extends TeamOption {
  memberCount: number;
  familyCount: number;
}

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** False until an invited colleague has chosen a password (or for organisation accounts only). */
  hasPassword: boolean;
  /** Without a password, but with an invitation link that still works. */
  invited: boolean;
  teamNames: string[];
}

/** The admin's overview of the organisation; null for anyone else. */
export async function getOrganisationOverview(
  user: SessionUser,
): Promise<{
  name: string;
  anonymityThreshold: number;
  retentionMonths: number;
  passwordSignIn: boolean;
  teams: TeamOverview[];
  users: UserListItem[];
} | null> {
  if (!canManageOrganisation(user)) return null;
  const [organisation, teams, users, withoutPassword] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: user.organisationId }, select: { name: true, anonymityThreshold: true, retentionMonths: true, passwordSignIn: true } }),
    db.team.findMany({
      where: { organisationId: user.organisationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, _count: { select: { members: true, families: true } } },
    }),
    db.user.findMany({
      where: { organisationId: user.organisationId },
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, active: true, memberships: { select: { team: { select: { name: true } } } } },
    }),
    // Which accounts have a password, without reading a single hash.
    db.user.findMany({ where: { organisationId: user.organisationId, passwordHash: null }, select: { id: true, accountLinks: { where: workingInvitation(), select: { id: true } } } }),
  ]);
  const waiting = new Map(withoutPassword.map((entry) => [entry.id, entry.accountLinks.length > 0]));
  return {
    name: organisation.name,
    anonymityThreshold: effectiveThreshold(organisation.anonymityThreshold),
    retentionMonths: organisation.retentionMonths,
    passwordSignIn: organisation.passwordSignIn,
    teams: teams.map((team) => ({ id: team.id, name: team.name, memberCount: team._count.members, familyCount: team._count.families })),
    users: users.map((entry) => ({
      id: entry.id,
      name: entry.name,
      email: entry.email,
      role: entry.role,
      active: entry.active,
      hasPassword: !waiting.has(entry.id),
      invited: waiting.get(entry.id) ?? false,
      teamNames: entry.memberships.map((membership) => membership.team.name),
    })),
  };
}

export interface UserDetail extends UserListItem {
  teamIds: string[];
}

/** One user of the admin's organisation; null for anyone else or another organisation's user. */
export async function getUserForAdmin(user: SessionUser, userId: string): Promise<UserDetail | null> {
  if (!canManageOrganisation(user)) return null;
  const found = await db.user.findFirst({
    where: { id: userId, organisationId: user.organisationId },
    select: { id: true, name: true, email: true, role: true, active: true, memberships: { select: { team: { select: { id: true, name: true } } } } },
  });
  if (!found) return null;
  const [hasPassword, invited] = await Promise.all([
    db.user.count({ where: { id: found.id, passwordHash: { not: null } } }).then((count) => count === 1),
    db.accountLink.count({ where: { userId: found.id, ...workingInvitation() } }).then((count) => count > 0),
  ]);
  return {
    id: found.id,
    name: found.name,
    email: found.email,
    role: found.role,
    active: found.active,
    hasPassword,
    invited,
    teamIds: found.memberships.map((membership) => membership.team.id),
    teamNames: found.memberships.map((membership) => membership.team.name),
  };
}

export async function getOrganisationName(user: SessionUser): Promise<string> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId }, select: { name: true } });
  return organisation.name;
}
