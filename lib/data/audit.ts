import "server-only";
import type { AuditAction } from "@/lib/generated/prisma/client";
import { canManageOrganisation } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { db } from "@/lib/db";

export interface AuditEventItem {
  id: string;
  createdAt: Date;
  action: AuditAction;
  actorName: string | null;
  familyLabel: string | null;
  subjectLabel: string | null;
}

const PAGE_SIZE = 200;

/** The newest events of the admin's organisation; null for anyone else. */
export async function listAuditEvents(user: SessionUser): Promise<AuditEventItem[] | null> {
  if (!canManageOrganisation(user)) return null;
  const events = await db.auditEvent.findMany({
    where: { organisationId: user.organisationId },
    orderBy: { createdAt: "desc" },
    take: PAGE_SIZE,
    select: { id: true, createdAt: true, action: true, familyLabel: true, subjectLabel: true, actor: { select: { name: true } } },
  });
  return events.map(({ actor, ...event }) => ({ ...event, actorName: actor?.name ?? null }));
}
