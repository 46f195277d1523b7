-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('RATING', 'REVEALED');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('PARENT', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "AgreementOwner" AS ENUM ('PARENT', 'PROFESSIONAL', 'TOGETHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('OPEN', 'DONE', 'NOT_DONE');

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "professionalId" TEXT,
    "phaseKey" TEXT NOT NULL,
    "status" "ConversationStatus" NOT NULL DEFAULT 'RATING',
    "consentToAggregate" BOOLEAN,
    "parentLocale" TEXT NOT NULL DEFAULT 'nl',
    "ownThemeTitle" TEXT,
    "parentDoneAt" TIMESTAMP(3),
    "professionalDoneAt" TIMESTAMP(3),
    "revealedAt" TIMESTAMP(3),
    "revealedEarly" BOOLEAN NOT NULL DEFAULT false,
    "nextAppointmentAt" TIMESTAMP(3),
    "nextAppointmentPlace" TEXT,
    "joinCodeHash" TEXT,
    "joinCodeExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationItem" (
    "conversationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ConversationItem_pkey" PRIMARY KEY ("conversationId","itemId")
);

-- CreateTable
CREATE TABLE "Rating" (
    "conversationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "value" INTEGER,
    "comment" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("conversationId","itemId","side")
);

-- CreateTable
CREATE TABLE "ItemNote" (
    "conversationId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemNote_pkey" PRIMARY KEY ("conversationId","itemId")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "owner" "AgreementOwner" NOT NULL,
    "dueDate" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'OPEN',
    "reviewedInConversationId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_joinCodeHash_key" ON "Conversation"("joinCodeHash");

-- CreateIndex
CREATE INDEX "Conversation_familyId_createdAt_idx" ON "Conversation"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_teamId_createdAt_idx" ON "Conversation"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Agreement_familyId_status_idx" ON "Agreement"("familyId", "status");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationItem" ADD CONSTRAINT "ConversationItem_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationItem" ADD CONSTRAINT "ConversationItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemNote" ADD CONSTRAINT "ItemNote_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemNote" ADD CONSTRAINT "ItemNote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_reviewedInConversationId_fkey" FOREIGN KEY ("reviewedInConversationId") REFERENCES "Conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
