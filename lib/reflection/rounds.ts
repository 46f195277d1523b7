import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishWaiting } from "./publish";

type Tx = Prisma.TransactionClient;

export type RoundOwner = { teamId: string } | { ownerId: string };

/**
 * The owner's open round, or a new one with these items. Under a lock on the owner, so two taps
 * on "open" at the same moment (or two team leads) find one round, not two. A team's new round
 * goes into the audit trail; a professional's own round is their own business and does not.
 */
export async function openRound(
  tx: Tx,
  input: { organisationId: string; openedById: string; owner: RoundOwner; itemIds: string[] },
): Promise<string> {
  const { owner } = input;
  const ownerKey = "teamId" in owner ? `team|${owner.teamId}` : `own|${owner.ownerId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reflection-round|${ownerKey}`}))`;
  const open = await tx.reflectionRound.findFirst({ where: { ...owner, closedAt: null }, select: { id: true } });
  if (open) return open.id;
  const round = await tx.reflectionRound.create({
    data: {
      organisationId: input.organisationId,
      ...owner,
      openedById: input.openedById,
      items: { create: input.itemIds.map((itemId, position) => ({ itemId, position })) },
    },
    select: { id: true, team: { select: { name: true } } },
  });
  if (round.team) await recordAudit(tx, { organisationId: input.organisationId, actorId: input.openedById, action: "REFLECTION_ROUND_OPENED", summary: round.team.name });
  return round.id;
}

/**
 * Ends a team round's rating: what the team sees and agreed stays. Enough waiting ratings join
 * the spread now, if the threshold was lowered since they finished. Closing twice records once.
 */
export async function closeTeamRound(tx: Tx, input: { roundId: string; organisationId: string; closedById: string; teamName: string; threshold: number }): Promise<void> {
  const closed = await tx.reflectionRound.updateMany({ where: { id: input.roundId, closedAt: null }, data: { closedAt: new Date() } });
  await publishWaiting(tx, input.roundId, input.threshold);
  if (closed.count === 0) return;
  await recordAudit(tx, { organisationId: input.organisationId, actorId: input.closedById, action: "REFLECTION_ROUND_CLOSED", summary: input.teamName });
}
