import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./types";

// Who may do what, in one place. Every page and every server action asks these, and every
// query about families is filtered by familyScope, so a forged id finds nothing.

export function canManageOrganisation(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/**
 * Professionals work with the families of their own teams; the admin with every family of the
 * organisation (export, erasure). Team leads see the team's aggregates only, never a family.
 */
export function familyScope(user: SessionUser): Prisma.FamilyWhereInput {
  switch (user.role) {
    case "ADMIN":
      return { organisationId: user.organisationId };
    case "PROFESSIONAL":
      return { organisationId: user.organisationId, teamId: { in: user.teamIds } };
    default:
      return { id: { in: [] } };
  }
}

export function canWorkWithFamilies(user: SessionUser): boolean {
  return user.role === "PROFESSIONAL" || user.role === "ADMIN";
}

/** May this user hold conversations with their team's families? Professionals only. */
export function canHoldConversations(user: SessionUser): boolean {
  return user.role === "PROFESSIONAL";
}

/** May this user place a family in (or move one to) this team? */
export function canUseTeamForFamilies(user: SessionUser, team: { id: string; organisationId: string }): boolean {
  if (team.organisationId !== user.organisationId) return false;
  if (user.role === "ADMIN") return true;
  return user.role === "PROFESSIONAL" && user.teamIds.includes(team.id);
}

/** Only the admin may erase a family (and with it, later, its conversations). */
export function canDeleteFamilies(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/** Team leads (their teams) and admins (the organisation) see aggregated results. */
export function canSeeResults(user: SessionUser): boolean {
  return user.role === "TEAM_LEAD" || user.role === "ADMIN";
}

/**
 * Opens and closes a team's reflection rounds: its team lead, or the admin (the same people who
 * see the team's results). Anyone may reflect alone.
 */
export function canLeadTeamReflection(user: SessionUser, teamId: string): boolean {
  return user.role === "ADMIN" || (user.role === "TEAM_LEAD" && user.teamIds.includes(teamId));
}
