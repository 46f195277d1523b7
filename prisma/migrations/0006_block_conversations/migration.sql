-- CreateTable
CREATE TABLE "BlockConversation" (
    "teamId" TEXT NOT NULL,
    "quarter" DATE NOT NULL,
    "phaseKey" TEXT NOT NULL,
    "instrumentKey" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,

    CONSTRAINT "BlockConversation_pkey" PRIMARY KEY ("teamId","quarter","phaseKey","instrumentKey","conversationId")
);

-- CreateIndex
CREATE INDEX "BlockConversation_conversationId_idx" ON "BlockConversation"("conversationId");

-- AddForeignKey
ALTER TABLE "BlockConversation" ADD CONSTRAINT "BlockConversation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockConversation" ADD CONSTRAINT "BlockConversation_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the conversations of the blocks that exist (a frozen copy of lib/dashboard/blocks.ts).
WITH counted AS (
  SELECT c."id", c."teamId", date_trunc('quarter', c."createdAt")::date AS quarter, c."phaseKey", c."familyId"
  FROM "Conversation" c WHERE c."status" = 'REVEALED' AND c."consentToAggregate" = true
)
INSERT INTO "BlockConversation" ("teamId", "quarter", "phaseKey", "instrumentKey", "conversationId", "familyId")
SELECT counted."teamId", counted.quarter, counted."phaseKey", '*', counted."id", counted."familyId" FROM counted
UNION
SELECT counted."teamId", counted.quarter, counted."phaseKey", ins."key", counted."id", counted."familyId" FROM counted
JOIN "ConversationItem" ci ON ci."conversationId" = counted."id" JOIN "Item" i ON i."id" = ci."itemId"
JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId";
