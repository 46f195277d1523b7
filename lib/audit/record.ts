import "server-only";
import type { AuditAction } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";

type Writer = Pick<Database, "auditEvent">;

export interface AuditEntry {
  organisationId: string;
  actorId: string;
  action: AuditAction;
  family?: { id: string; label: string };
  subjectUser?: { id: string; name: string };
}

/** Appends one event. Called inside the same transaction as the change it records. */
export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      organisationId: entry.organisationId,
      actorId: entry.actorId,
      action: entry.action,
      familyId: entry.family?.id,
      familyLabel: entry.family?.label,
      subjectUserId: entry.subjectUser?.id,
      subjectLabel: entry.subjectUser?.name,
    },
  });
}
