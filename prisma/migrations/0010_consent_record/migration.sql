-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "consentAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "consentWithdrawnAt" TIMESTAMP(3),
ADD COLUMN     "consentWording" TEXT;
