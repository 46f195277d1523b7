import "server-only";
import type { AuditAction } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";

type Writer = Pick<Database, "auditEvent">;

export interface AuditEntry {
  organisationId: string;
  actorId: string | null;
  action: AuditAction;
  family?: { id: string; label: string };
  subjectUser?: { id: string; name: string };
  /** What an event about no one family or user was about, such as an import's counts. */
  summary?: string;
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
      subjectLabel: entry.subjectUser?.name ?? entry.summary,
    },
  });
}

/**
 * An event about one conversation: its organisation and family (pseudonymous label) are read
 * from the conversation. `actorId` null: the parent's own phone, which has no account. Never
 * content: no answer, note or agreement text goes into the trail.
 */
export async function recordConversationAudit(
  db: Writer & Pick<Database, "conversation">,
  entry: { conversationId: string; actorId: string | null; action: AuditAction },
): Promise<void> {
  const conversation = await db.conversation.findUnique({
    where: { id: entry.conversationId },
    select: { organisationId: true, family: { select: { id: true, label: true } } },
  });
  if (!conversation) return;
  await db.auditEvent.create({
    data: {
      organisationId: conversation.organisationId,
      actorId: entry.actorId,
      action: entry.action,
      familyId: conversation.family.id,
      familyLabel: conversation.family.label,
    },
  });
}
