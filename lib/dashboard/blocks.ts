import { Prisma } from "@/lib/generated/prisma/client";
import { fillBlocks, memberRows, quarterOf, type Client } from "./block-fill";
import { MIN_THRESHOLD } from "./suppression";

// Publishes the dashboard's blocks (see RatingBlock in prisma/schema.prisma). A block is rebuilt
// whole from the conversations behind it, never patched, so "distinct families" stays exact.
//
// Privacy over time: a team lead who looks before and after one family's reveal, consent
// withdrawal or erasure must not see that family's answers as the difference. So a block is
// published again only when at least the threshold of distinct families differ from what was
// last published: joined, left, or changed (their agreements). Until then it keeps its old
// figures. Call refreshBlocks whenever a conversation may start or stop counting, or its
// agreements change.

/** One block: a team's conversations in one quarter and phase. */
export interface BlockKey {
  teamId: string;
  /** "2026-07-01": text, not a Date, so no time zone can move it to another day. */
  quarter: string;
  phaseKey: string;
}

/** The blocks these conversations belong to, whether or not they count yet. */
export async function blockKeysOf(client: Client, conversationIds: string[]): Promise<BlockKey[]> {
  if (conversationIds.length === 0) return [];
  return client.$queryRaw<BlockKey[]>`
    SELECT DISTINCT c."teamId", to_char(${quarterOf}, 'YYYY-MM-DD') AS quarter, c."phaseKey"
    FROM "Conversation" c WHERE c."id" IN (${Prisma.join(conversationIds)})`;
}

/**
 * Publishes those of the given blocks that enough families have changed; run it in the
 * transaction that changed the conversations. Returns the blocks it published.
 */
export async function refreshBlocks(client: Client, keys: BlockKey[]): Promise<BlockKey[]> {
  if (keys.length === 0) return [];
  // Two reveals in one block at once: the second waits, then compares with the first included.
  // Always locked in the same order, so two transactions never wait for each other in a circle.
  const ordered = [...keys].sort((a, b) => `${a.teamId}|${a.quarter}|${a.phaseKey}`.localeCompare(`${b.teamId}|${b.quarter}|${b.phaseKey}`));
  for (const key of ordered) {
    await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${key.teamId}|${key.quarter}|${key.phaseKey}`}))`;
  }
  const due = await blocksDue(client, keys);
  if (due.length > 0) await publish(client, due);
  return due;
}

/** Publishes, where due, the blocks of these conversations. */
export async function refreshBlocksOf(client: Client, conversationIds: string[]): Promise<BlockKey[]> {
  return refreshBlocks(client, await blockKeysOf(client, conversationIds));
}

/** Publishes every block as it is now: after bulk loads (the demo seed, the benchmark). */
export async function rebuildAllBlocks(client: Client): Promise<void> {
  await client.$executeRaw`DELETE FROM "RatingBlock"`;
  await client.$executeRaw`DELETE FROM "ConversationBlock"`;
  await client.$executeRaw`DELETE FROM "BlockConversation"`;
  await fillBlocks(client, Prisma.sql`true`, Prisma.sql`true`);
}

function keyList(keys: BlockKey[]): Prisma.Sql {
  return Prisma.sql`SELECT * FROM unnest(${keys.map((key) => key.teamId)}::text[], ${keys.map((key) => key.quarter)}::date[], ${keys.map((key) => key.phaseKey)}::text[])`;
}

/** The conversations of these blocks, in a form that lets the database use (teamId, createdAt). */
function conversationsOf(keys: BlockKey[]): Prisma.Sql {
  const quarters = keys.map((key) => key.quarter).sort();
  return Prisma.sql`c."teamId" IN (${Prisma.join([...new Set(keys.map((key) => key.teamId))])})
    AND c."createdAt" >= ${quarters[0]}::date AND c."createdAt" < ${quarters[quarters.length - 1]}::date + interval '3 months'
    AND (c."teamId", ${quarterOf}, c."phaseKey") IN (${keyList(keys)})`;
}

/**
 * The blocks whose published rows differ from the rows they would have now in at least the
 * organisation's threshold of distinct families. A row differs when a conversation joined or
 * left, or its professional or agreement outcomes changed (done on time included: un-ticking and
 * ticking again later moves it); overdue is left out, because only the calendar moves it.
 */
async function blocksDue(client: Client, keys: BlockKey[]): Promise<BlockKey[]> {
  const columns = Prisma.sql`"teamId", "quarter", "phaseKey", "conversationId", "familyId", "professionalId", "agreementsDone", "agreementsNotDone", "agreementsOpen", "agreementsDoneOnTime"`;
  return client.$queryRaw<BlockKey[]>`
    WITH fresh AS (SELECT ${columns} FROM (${memberRows(conversationsOf(keys))}) m),
    published AS (SELECT ${columns} FROM "BlockConversation" WHERE ("teamId", "quarter", "phaseKey") IN (${keyList(keys)})),
    changed AS ((SELECT * FROM fresh EXCEPT SELECT * FROM published) UNION ALL (SELECT * FROM published EXCEPT SELECT * FROM fresh))
    SELECT ch."teamId", to_char(ch."quarter", 'YYYY-MM-DD') AS quarter, ch."phaseKey"
    FROM changed ch JOIN "Team" t ON t."id" = ch."teamId" JOIN "Organisation" o ON o."id" = t."organisationId"
    GROUP BY ch."teamId", ch."quarter", ch."phaseKey", o."anonymityThreshold"
    HAVING COUNT(DISTINCT ch."familyId") >= GREATEST(${MIN_THRESHOLD}::int, o."anonymityThreshold")`;
}

async function publish(client: Client, keys: BlockKey[]): Promise<void> {
  const inKeys = Prisma.sql`("teamId", "quarter", "phaseKey") IN (${keyList(keys)})`;
  await client.$executeRaw`DELETE FROM "RatingBlock" WHERE ${inKeys}`;
  await client.$executeRaw`DELETE FROM "ConversationBlock" WHERE ${inKeys}`;
  await client.$executeRaw`DELETE FROM "BlockConversation" WHERE ${inKeys}`;
  await fillBlocks(client, conversationsOf(keys), Prisma.sql`(bc."teamId", bc."quarter", bc."phaseKey") IN (${keyList(keys)})`);
}
