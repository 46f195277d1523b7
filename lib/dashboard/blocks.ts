import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";

// Keeps the dashboard's blocks (see RatingBlock in prisma/schema.prisma) equal to what the
// conversations say. A block is recomputed whole from the conversations behind it, never patched,
// so "distinct families" stays exact. Call it whenever a conversation starts or stops counting:
// it is revealed, its consent changes, its agreements change, or its family is erased.

type Client = Pick<Database, "$executeRaw" | "$queryRaw">;

/** One block: a team's conversations in one quarter and phase. */
export interface BlockKey {
  teamId: string;
  /** "2026-07-01": text, not a Date, so no time zone can move it to another day. */
  quarter: string;
  phaseKey: string;
}

const quarterOf = Prisma.sql`date_trunc('quarter', c."createdAt")::date`;

/** The blocks these conversations belong to, whether or not they count yet. */
export async function blockKeysOf(client: Client, conversationIds: string[]): Promise<BlockKey[]> {
  if (conversationIds.length === 0) return [];
  return client.$queryRaw<BlockKey[]>`
    SELECT DISTINCT c."teamId", to_char(${quarterOf}, 'YYYY-MM-DD') AS quarter, c."phaseKey"
    FROM "Conversation" c WHERE c."id" IN (${Prisma.join(conversationIds)})`;
}

/** Recomputes the given blocks; run it in the transaction that changed the conversations. */
export async function refreshBlocks(client: Client, keys: BlockKey[]): Promise<void> {
  if (keys.length === 0) return;
  // Two reveals in one block at once: the second waits, then recomputes with the first included.
  // Always locked in the same order, so two transactions never wait for each other in a circle.
  const ordered = [...keys].sort((a, b) => `${a.teamId}|${a.quarter}|${a.phaseKey}`.localeCompare(`${b.teamId}|${b.quarter}|${b.phaseKey}`));
  for (const key of ordered) {
    await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${key.teamId}|${key.quarter}|${key.phaseKey}`}))`;
  }
  const keyList = Prisma.sql`SELECT * FROM unnest(${keys.map((key) => key.teamId)}::text[], ${keys.map((key) => key.quarter)}::date[], ${keys.map((key) => key.phaseKey)}::text[])`;
  await client.$executeRaw`DELETE FROM "RatingBlock" WHERE ("teamId", "quarter", "phaseKey") IN (${keyList})`;
  await client.$executeRaw`DELETE FROM "ConversationBlock" WHERE ("teamId", "quarter", "phaseKey") IN (${keyList})`;
  await client.$executeRaw`DELETE FROM "BlockConversation" WHERE ("teamId", "quarter", "phaseKey") IN (${keyList})`;
  // The team and date range let the database use its index on (teamId, createdAt) instead of
  // reading every conversation; the key list then picks the exact blocks.
  const quarters = keys.map((key) => key.quarter).sort();
  const sargable = Prisma.sql`c."teamId" IN (${Prisma.join([...new Set(keys.map((key) => key.teamId))])})
    AND c."createdAt" >= ${quarters[0]}::date AND c."createdAt" < ${quarters[quarters.length - 1]}::date + interval '3 months'`;
  await fillBlocks(client, Prisma.sql`${sargable} AND (c."teamId", ${quarterOf}, c."phaseKey") IN (${keyList})`);
}

/** Recomputes the blocks of these conversations. */
export async function refreshBlocksOf(client: Client, conversationIds: string[]): Promise<void> {
  await refreshBlocks(client, await blockKeysOf(client, conversationIds));
}

/** Recomputes every block: after bulk loads (the demo seed, the benchmark's municipality). */
export async function rebuildAllBlocks(client: Client): Promise<void> {
  await client.$executeRaw`DELETE FROM "RatingBlock"`;
  await client.$executeRaw`DELETE FROM "ConversationBlock"`;
  await client.$executeRaw`DELETE FROM "BlockConversation"`;
  await fillBlocks(client, Prisma.sql`true`);
}

async function fillBlocks(client: Client, which: Prisma.Sql): Promise<void> {
  // Only what may count: revealed, and the parent said yes. The open theme is each pair's own, so
  // it is never averaged with other pairs' themes.
  await client.$executeRaw`
    INSERT INTO "RatingBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "itemKey", "side", "valueSum", "valueCount", "families")
    SELECT c."teamId", c."organisationId", ${quarterOf}, c."phaseKey", ins."key", i."key", r."side",
           SUM(r."value")::int, COUNT(*)::int, COUNT(DISTINCT c."familyId")::int
    FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
    JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
    WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME' AND ${which}
    GROUP BY c."teamId", c."organisationId", ${quarterOf}, c."phaseKey", ins."key", i."key", r."side"`;
  await client.$executeRaw`
    INSERT INTO "BlockConversation" ("teamId", "quarter", "phaseKey", "conversationId", "familyId")
    SELECT c."teamId", ${quarterOf}, c."phaseKey", c."id", c."familyId"
    FROM "Conversation" c WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND ${which}`;
  await client.$executeRaw`
    WITH members AS (
      SELECT bc.*, c."organisationId" FROM "BlockConversation" bc JOIN "Conversation" c ON c."id" = bc."conversationId" WHERE ${which}
    ), agreements AS (
      SELECT a."conversationId", COUNT(*) FILTER (WHERE a."status" = 'DONE') AS done,
             COUNT(*) FILTER (WHERE a."status" = 'NOT_DONE') AS "notDone", COUNT(*) FILTER (WHERE a."status" = 'OPEN') AS open
      FROM "Agreement" a WHERE a."conversationId" IN (SELECT "conversationId" FROM members) GROUP BY a."conversationId"
    )
    INSERT INTO "ConversationBlock" ("teamId", "organisationId", "quarter", "phaseKey", "conversations", "families",
                                     "agreementFamilies", "agreementsDone", "agreementsNotDone", "agreementsOpen")
    SELECT m."teamId", m."organisationId", m."quarter", m."phaseKey", COUNT(*)::int, COUNT(DISTINCT m."familyId")::int,
           COUNT(DISTINCT m."familyId") FILTER (WHERE a."conversationId" IS NOT NULL)::int,
           COALESCE(SUM(a.done), 0)::int, COALESCE(SUM(a."notDone"), 0)::int, COALESCE(SUM(a.open), 0)::int
    FROM members m LEFT JOIN agreements a ON a."conversationId" = m."conversationId"
    GROUP BY m."teamId", m."organisationId", m."quarter", m."phaseKey"`;
}
