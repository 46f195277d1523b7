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
/** An export for an auditor: the newest events, many more than one screen. */
export const EXPORT_SIZE = 10_000;

/** The newest events of the admin's organisation, of one kind if asked; null for anyone else. */
export async function listAuditEvents(user: SessionUser, filter: { action?: AuditAction } = {}, take = PAGE_SIZE): Promise<AuditEventItem[] | null> {
  if (!canManageOrganisation(user)) return null;
  const events = await db.auditEvent.findMany({
    where: { organisationId: user.organisationId, ...(filter.action ? { action: filter.action } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, action: true, familyLabel: true, subjectLabel: true, actor: { select: { name: true } } },
  });
  return events.map(({ actor, ...event }) => ({ ...event, actorName: actor?.name ?? null }));
}
