-- When an agreement was done, by the server's clock. Agreements marked done before this have no
-- date: nobody knows when they were done, so they count as done but not as done on time, and the
-- published blocks (0 on time everywhere) match what a fresh publication would hold.

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "doneAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ConversationBlock" ADD COLUMN     "agreementsDoneOnTime" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "BlockConversation" ADD COLUMN     "agreementsDoneOnTime" INTEGER NOT NULL DEFAULT 0;
