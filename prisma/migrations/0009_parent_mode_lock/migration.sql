-- CreateTable
CREATE TABLE "ParentModeLock" (
    "userId" TEXT NOT NULL,
    "sessionStartedAt" TIMESTAMP(3) NOT NULL,
    "conversationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParentModeLock_pkey" PRIMARY KEY ("userId","sessionStartedAt")
);

-- AddForeignKey
ALTER TABLE "ParentModeLock" ADD CONSTRAINT "ParentModeLock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
