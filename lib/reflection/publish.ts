import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayPublish } from "./spread";

type Tx = Prisma.TransactionClient;

/**
 * Adds the round's finished, not yet published reflections to the spread the team sees, when
 * there are at least `threshold` of them. Runs inside the transaction that finishes a reflection
 * or closes the round, under a lock on the round, so two colleagues finishing at the same moment
 * are counted one after the other.
 */
export async function publishWaiting(tx: Tx, roundId: string, threshold: number): Promise<boolean> {
  await tx.$queryRaw`SELECT "id" FROM "ReflectionRound" WHERE "id" = ${roundId} FOR UPDATE`;
  const waiting = { roundId, finishedAt: { not: null }, publishedAt: null };
  if (!mayPublish(await tx.reflection.count({ where: waiting }), threshold)) return false;
  await tx.reflection.updateMany({ where: waiting, data: { publishedAt: new Date() } });
  return true;
}
