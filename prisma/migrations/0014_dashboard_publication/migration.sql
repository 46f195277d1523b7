-- The blocks are published, not live: a block moves only when enough families changed (see
-- lib/dashboard/blocks.ts). BlockConversation now holds what each conversation contributed when
-- published, and keeps it after the conversation is erased, so it no longer follows it.
ALTER TABLE "BlockConversation" DROP CONSTRAINT "BlockConversation_conversationId_fkey";
DROP INDEX "BlockConversation_conversationId_idx";

-- The new columns are filled by publishing every block afresh below.
DELETE FROM "RatingBlock";
DELETE FROM "ConversationBlock";
DELETE FROM "BlockConversation";

ALTER TABLE "ConversationBlock" ADD COLUMN "agreementsOverdue" INTEGER NOT NULL;

ALTER TABLE "BlockConversation" ADD COLUMN "agreementsDone" INTEGER NOT NULL,
ADD COLUMN "agreementsNotDone" INTEGER NOT NULL,
ADD COLUMN "agreementsOpen" INTEGER NOT NULL,
ADD COLUMN "agreementsOverdue" INTEGER NOT NULL,
ADD COLUMN "professionalId" TEXT;

-- Backfill: the same statements as rebuildAllBlocks in lib/dashboard/blocks.ts when this
-- migration was written (tests/integration/migrations.test.ts checks they agree).
INSERT INTO "BlockConversation" ("teamId", "quarter", "phaseKey", "conversationId", "familyId", "professionalId",
                                 "agreementsDone", "agreementsNotDone", "agreementsOpen", "agreementsOverdue")
SELECT c."teamId", date_trunc('quarter', c."createdAt")::date AS quarter, c."phaseKey", c."id" AS "conversationId", c."familyId", c."professionalId",
       COUNT(a."id") FILTER (WHERE a."status" = 'DONE')::int AS "agreementsDone",
       COUNT(a."id") FILTER (WHERE a."status" = 'NOT_DONE')::int AS "agreementsNotDone",
       COUNT(a."id") FILTER (WHERE a."status" = 'OPEN')::int AS "agreementsOpen",
       COUNT(a."id") FILTER (WHERE a."status" = 'OPEN' AND a."dueDate" < CURRENT_DATE)::int AS "agreementsOverdue"
FROM "Conversation" c LEFT JOIN "Agreement" a ON a."conversationId" = c."id"
WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true
GROUP BY c."id";

INSERT INTO "RatingBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "itemKey", "side", "valueSum", "valueCount", "families")
SELECT c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side",
       SUM(r."value")::int, COUNT(*)::int, COUNT(DISTINCT c."familyId")::int
FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME'
GROUP BY c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side";

INSERT INTO "ConversationBlock" ("teamId", "organisationId", "quarter", "phaseKey", "conversations", "families",
                                 "agreementFamilies", "agreementsDone", "agreementsNotDone", "agreementsOpen", "agreementsOverdue")
SELECT bc."teamId", t."organisationId", bc."quarter", bc."phaseKey", COUNT(*)::int, COUNT(DISTINCT bc."familyId")::int,
       COUNT(DISTINCT bc."familyId") FILTER (WHERE bc."agreementsDone" + bc."agreementsNotDone" + bc."agreementsOpen" > 0)::int,
       SUM(bc."agreementsDone")::int, SUM(bc."agreementsNotDone")::int, SUM(bc."agreementsOpen")::int, SUM(bc."agreementsOverdue")::int
FROM "BlockConversation" bc JOIN "Team" t ON t."id" = bc."teamId"
GROUP BY bc."teamId", t."organisationId", bc."quarter", bc."phaseKey";
