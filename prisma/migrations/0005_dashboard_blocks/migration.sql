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
    "instrumentKey" TEXT NOT NULL,
    "conversations" INTEGER NOT NULL,
    "families" INTEGER NOT NULL,
    "agreementFamilies" INTEGER NOT NULL,
    "agreementsDone" INTEGER NOT NULL,
    "agreementsNotDone" INTEGER NOT NULL,
    "agreementsOpen" INTEGER NOT NULL,

    CONSTRAINT "ConversationBlock_pkey" PRIMARY KEY ("teamId","quarter","phaseKey","instrumentKey")
);

-- CreateIndex
CREATE INDEX "RatingBlock_organisationId_quarter_idx" ON "RatingBlock"("organisationId", "quarter");

-- CreateIndex
CREATE INDEX "ConversationBlock_organisationId_quarter_idx" ON "ConversationBlock"("organisationId", "quarter");

-- AddForeignKey
ALTER TABLE "RatingBlock" ADD CONSTRAINT "RatingBlock_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationBlock" ADD CONSTRAINT "ConversationBlock_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the blocks of conversations revealed before this migration (the same statements as
-- rebuildAllBlocks in lib/dashboard/blocks.ts, as they were when this migration was written).
INSERT INTO "RatingBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "itemKey", "side", "valueSum", "valueCount", "families")
SELECT c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side",
       SUM(r."value")::int, COUNT(*)::int, COUNT(DISTINCT c."familyId")::int
FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME'
GROUP BY c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date, c."phaseKey", ins."key", i."key", r."side";

WITH counted AS (
  SELECT c."id", c."teamId", c."organisationId", date_trunc('quarter', c."createdAt")::date AS quarter, c."phaseKey", c."familyId"
  FROM "Conversation" c WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true
), by_instrument AS (
  SELECT counted.*, '*' AS "instrumentKey" FROM counted
  UNION ALL
  SELECT DISTINCT counted.*, ins."key" FROM counted
  JOIN "ConversationItem" ci ON ci."conversationId" = counted."id" JOIN "Item" i ON i."id" = ci."itemId"
  JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
), agreements AS (
  SELECT a."conversationId", COUNT(*) FILTER (WHERE a."status" = 'DONE') AS done,
         COUNT(*) FILTER (WHERE a."status" = 'NOT_DONE') AS "notDone", COUNT(*) FILTER (WHERE a."status" = 'OPEN') AS open
  FROM "Agreement" a WHERE a."conversationId" IN (SELECT "id" FROM counted) GROUP BY a."conversationId"
)
INSERT INTO "ConversationBlock" ("teamId", "organisationId", "quarter", "phaseKey", "instrumentKey", "conversations", "families",
                                 "agreementFamilies", "agreementsDone", "agreementsNotDone", "agreementsOpen")
SELECT b."teamId", b."organisationId", b.quarter, b."phaseKey", b."instrumentKey", COUNT(*)::int, COUNT(DISTINCT b."familyId")::int,
       COUNT(DISTINCT b."familyId") FILTER (WHERE a."conversationId" IS NOT NULL)::int,
       COALESCE(SUM(a.done), 0)::int, COALESCE(SUM(a."notDone"), 0)::int, COALESCE(SUM(a.open), 0)::int
FROM by_instrument b LEFT JOIN agreements a ON a."conversationId" = b."id"
GROUP BY b."teamId", b."organisationId", b.quarter, b."phaseKey", b."instrumentKey";
