import { blockKeysOf, refreshBlocks } from "@/lib/dashboard/blocks";
import type { Database } from "@/lib/prisma-client";

// Retention with automatic purge (AVG): personal data is kept no longer than the organisation
// chose. Safe from cron: each run removes only what is past its time, so a second run removes
// nothing; a dry run counts without removing.

/** Sign-in attempts hold e-mail and IP addresses; throttling needs 15 minutes of them, forensics a month. */
const SIGN_IN_ATTEMPT_DAYS = 30;
/** A parent-mode lock outlives its 12-hour cookie by a margin. */
const PARENT_MODE_LOCK_DAYS = 1;

export interface PurgeReport {
  conversations: number;
  families: number;
  signInAttempts: number;
  parentModeLocks: number;
}

function monthsBefore(date: Date, months: number): Date {
  const cutoff = new Date(date);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function purge(db: Database, { dryRun = false, now = new Date() } = {}): Promise<PurgeReport> {
  const report: PurgeReport = { conversations: 0, families: 0, signInAttempts: 0, parentModeLocks: 0 };
  const organisations = await db.organisation.findMany({ select: { id: true, retentionMonths: true } });
  for (const organisation of organisations) {
    const cutoff = monthsBefore(now, organisation.retentionMonths);
    // Conversations held before the cutoff; families with nothing newer than it.
    const conversations = await db.conversation.findMany({ where: { organisationId: organisation.id, createdAt: { lt: cutoff } }, select: { id: true } });
    const families = await db.family.findMany({
      where: { organisationId: organisation.id, createdAt: { lt: cutoff }, conversations: { none: { createdAt: { gte: cutoff } } } },
      select: { id: true },
    });
    report.conversations += conversations.length;
    report.families += families.length;
    if (dryRun || (conversations.length === 0 && families.length === 0)) continue;
    await db.$transaction(
      async (tx) => {
        const blocks = await blockKeysOf(tx, conversations.map((conversation) => conversation.id));
        await tx.conversation.deleteMany({ where: { id: { in: conversations.map((conversation) => conversation.id) } } });
        await tx.family.deleteMany({ where: { id: { in: families.map((family) => family.id) } } });
        // The team's figures forget them too.
        await refreshBlocks(tx, blocks);
        await tx.auditEvent.create({
          data: { organisationId: organisation.id, action: "DATA_PURGED", subjectLabel: `${conversations.length} / ${families.length}` },
        });
      },
      { timeout: 120_000 },
    );
  }
  const attemptsBefore = new Date(now.getTime() - SIGN_IN_ATTEMPT_DAYS * 86_400_000);
  const locksBefore = new Date(now.getTime() - PARENT_MODE_LOCK_DAYS * 86_400_000);
  if (dryRun) {
    report.signInAttempts = await db.loginAttempt.count({ where: { createdAt: { lt: attemptsBefore } } });
    report.parentModeLocks = await db.parentModeLock.count({ where: { createdAt: { lt: locksBefore } } });
  } else {
    report.signInAttempts = (await db.loginAttempt.deleteMany({ where: { createdAt: { lt: attemptsBefore } } })).count;
    report.parentModeLocks = (await db.parentModeLock.deleteMany({ where: { createdAt: { lt: locksBefore } } })).count;
  }
  return report;
}
