import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { FamilyGrant } from "@/lib/auth/gate";
import { familyScope } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";

export interface FamilyListItem {
  id: string;
  label: string;
  preferredLanguage: string;
  teamName: string;
  followedByMe: boolean;
}

export interface FamilyDetail {
  id: string;
  label: string;
  preferredLanguage: string;
  team: { id: string; name: string };
  professionals: { id: string; name: string }[];
  /** Professionals of the family's team who could follow it. */
  teamProfessionals: { id: string; name: string }[];
}

export async function listFamilies(user: SessionUser): Promise<FamilyListItem[]> {
  const families = await db.family.findMany({
    where: familyScope(user),
    orderBy: [{ team: { name: "asc" } }, { label: "asc" }],
    select: {
      id: true,
      label: true,
      preferredLanguage: true,
      team: { select: { name: true } },
      professionals: { where: { userId: user.id }, select: { userId: true } },
    },
  });
  return families.map((family) => ({
    id: family.id,
    label: family.label,
    preferredLanguage: family.preferredLanguage,
    teamName: family.team.name,
    followedByMe: family.professionals.length > 0,
  }));
}

/**
 * One family, if this user may see it; null otherwise (an unknown id and another team's family
 * look the same). Opening a family is written to the audit log, as the privacy rules ask.
 */
export async function openFamily(grant: FamilyGrant): Promise<FamilyDetail | null> {
  const { user } = grant;
  const family = await db.family.findUnique({
    where: { id: grant.familyId },
    select: {
      id: true,
      label: true,
      preferredLanguage: true,
      team: { select: { id: true, name: true } },
      professionals: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
    },
  });
  if (!family) return null;
  const [teamProfessionals] = await Promise.all([
    db.user.findMany({
      where: { role: "PROFESSIONAL", active: true, memberships: { some: { teamId: family.team.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    recordAudit(db, { organisationId: user.organisationId, actorId: user.id, action: "FAMILY_OPENED", family }),
  ]);
  return {
    id: family.id,
    label: family.label,
    preferredLanguage: family.preferredLanguage,
    team: family.team,
    professionals: family.professionals.map(({ user: professional }) => professional),
    teamProfessionals,
  };
}
