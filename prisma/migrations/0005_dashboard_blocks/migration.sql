-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'THRESHOLD_CHANGED';

-- CreateTable
CREATE TABLE "RatingBlock" (
    "teamId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "quarter" DATE NOT NULL,
    "phaseKey" TEXT NOT NULL,
    "instrumentKey" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "valueSum" INTEGER NOT NULL,
    "valueCount" INTEGER NOT NULL,
    "families" INTEGER NOT NULL,

    CONSTRAINT "RatingBlock_pkey" PRIMARY KEY ("teamId","quarter","phaseKey","instrumentKey","itemKey","side")
);

-- CreateTable
CREATE TABLE "ConversationBlock" (
    "teamId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "quarter" DATE NOT NULL,
    "phaseKey" TEXT NOT NULL,
    "conversations" INTEGER NOT NULL,
    "families" INTEGER NOT NULL,
    "agreementFamilies" INTEGER NOT NULL,
    "agreementsDone" INTEGER NOT NULL,
    "agreementsNotDone" INTEGER NOT NULL,
    "agreementsOpen" INTEGER NOT NULL,

    CONSTRAINT "ConversationBlock_pkey" PRIMARY KEY ("teamId","quarter","phaseKey")
);

-- CreateTable
CREATE TABLE "BlockConversation" (
    "teamId" TEXT NOT NULL,
    "quarter" DATE NOT NULL,
    "phaseKey" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,

    CONSTRAINT "BlockConversation_pkey" PRIMARY KEY ("teamId","quarter","phaseKey","conversationId")
);

-- CreateIndex
CREATE INDEX "RatingBlock_organisationId_quarter_idx" ON "RatingBlock"("organisationId", "quarter");

-- CreateIndex
CREATE INDEX "ConversationBlock_organisationId_quarter_idx" ON "ConversationBlock"("organisationId", "quarter");

-- CreateIndex
CREATE INDEX "BlockConversation_conversationId_idx" ON "BlockConversation"("conversationId");

-- AddForeignKey
ALTER TABLE "RatingBlock" ADD CONSTRAINT "RatingBlock_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationBlock" ADD CONSTRAINT "ConversationBlock_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockConversation" ADD CONSTRAINT "BlockConversation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockConversation" ADD CONSTRAINT "BlockConversation_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the blocks of conversations revealed before this migration: a frozen copy of
-- rebuildAllBlocks in lib/dashboard/blocks.ts as it was when this migration was written.
INSERT INTO "RatingBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "itemKey", "side", "valueSum", "valueCount", "families")
SELECT c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side",
       SUM(r."value")::int, COUNT(*)::int, COUNT(DISTINCT c."familyId")::int
FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME'
GROUP BY c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side";

INSERT INTO "BlockConversation" ("teamId", "quarter", "phaseKey", "conversationId", "familyId")
SELECT c."teamId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", c."id", c."familyId"
FROM "Conversation" c WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true;

WITH members AS (
  SELECT bc.*, c."organisationId" FROM "BlockConversation" bc JOIN "Conversation" c ON c."id" = bc."conversationId"
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
GROUP BY m."teamId", m."organisationId", m."quarter", m."phaseKey";
