import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";

// The SQL that builds blocks from the conversations behind them. Only what may count: revealed,
// and the parent said yes. The open theme is each pair's own, so it is never averaged with other
// pairs' themes.

export type Client = Pick<Database, "$executeRaw" | "$queryRaw">;

export const quarterOf = Prisma.sql`date_trunc('quarter', c."createdAt")::date`;

/**
 * Done by the day it was due, by the moment it was ticked off (doneAt, the server's clock), never
 * by when it was looked back on: that can be weeks later. The day is the Dutch one, as the due
 * date is. Without a due date nothing is late. Without a doneAt (done before it was recorded) we
 * do not know, so it does not count as on time.
 */
const doneOnTime = Prisma.sql`a."status" = 'DONE' AND a."doneAt" IS NOT NULL
  AND (a."dueDate" IS NULL OR (a."doneAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date <= a."dueDate")`;

/** What a published BlockConversation row holds, for the conversations `which` selects. */
export function memberRows(which: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT c."teamId", ${quarterOf} AS quarter, c."phaseKey", c."id" AS "conversationId", c."familyId", c."professionalId",
           COUNT(a."id") FILTER (WHERE a."status" = 'DONE')::int AS "agreementsDone",
           COUNT(a."id") FILTER (WHERE a."status" = 'NOT_DONE')::int AS "agreementsNotDone",
           COUNT(a."id") FILTER (WHERE a."status" = 'OPEN')::int AS "agreementsOpen",
           COUNT(a."id") FILTER (WHERE a."status" = 'OPEN' AND a."dueDate" < CURRENT_DATE)::int AS "agreementsOverdue",
           COUNT(a."id") FILTER (WHERE ${doneOnTime})::int AS "agreementsDoneOnTime"
    FROM "Conversation" c LEFT JOIN "Agreement" a ON a."conversationId" = c."id"
    WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND ${which}
    GROUP BY c."id"`;
}

/**
 * Writes the blocks: `conversations` selects the conversations (alias c) and `blocks` the same
 * blocks by key (alias bc), for blocks whose old rows were just deleted.
 */
export async function fillBlocks(client: Client, conversations: Prisma.Sql, blocks: Prisma.Sql): Promise<void> {
  await client.$executeRaw`
    INSERT INTO "BlockConversation" ("teamId", "quarter", "phaseKey", "conversationId", "familyId", "professionalId",
                                     "agreementsDone", "agreementsNotDone", "agreementsOpen", "agreementsOverdue", "agreementsDoneOnTime")
    ${memberRows(conversations)}`;
  await client.$executeRaw`
    INSERT INTO "RatingBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "itemKey", "side", "valueSum", "valueCount", "families")
    SELECT c."teamId", c."organisationId", ${quarterOf}, c."phaseKey", ins."key", i."key", r."side",
           SUM(r."value")::int, COUNT(*)::int, COUNT(DISTINCT c."familyId")::int
    FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
    JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
    WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME' AND ${conversations}
    GROUP BY c."teamId", c."organisationId", ${quarterOf}, c."phaseKey", ins."key", i."key", r."side"`;
  await client.$executeRaw`
    INSERT INTO "ConversationBlock" ("teamId", "organisationId", "quarter", "phaseKey", "conversations", "families",
                                     "agreementFamilies", "agreementsDone", "agreementsNotDone", "agreementsOpen", "agreementsOverdue", "agreementsDoneOnTime")
    SELECT bc."teamId", t."organisationId", bc."quarter", bc."phaseKey", COUNT(*)::int, COUNT(DISTINCT bc."familyId")::int,
           COUNT(DISTINCT bc."familyId") FILTER (WHERE bc."agreementsDone" + bc."agreementsNotDone" + bc."agreementsOpen" > 0)::int,
           SUM(bc."agreementsDone")::int, SUM(bc."agreementsNotDone")::int, SUM(bc."agreementsOpen")::int, SUM(bc."agreementsOverdue")::int,
           SUM(bc."agreementsDoneOnTime")::int
    FROM "BlockConversation" bc JOIN "Team" t ON t."id" = bc."teamId"
    WHERE ${blocks}
    GROUP BY bc."teamId", t."organisationId", bc."quarter", bc."phaseKey"`;
}
