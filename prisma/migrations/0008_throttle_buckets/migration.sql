-- Throttle buckets: a failure counts only in its own bucket. Existing rows were sign-in
-- attempts, PIN attempts ("pin:<professional>") or join codes ("join-code:<address>").
ALTER TABLE "LoginAttempt" ADD COLUMN "bucket" TEXT NOT NULL DEFAULT 'sign-in';
UPDATE "LoginAttempt" SET "bucket" = 'pin', "email" = substr("email", 5) WHERE "email" LIKE 'pin:%';
UPDATE "LoginAttempt" SET "bucket" = 'join-code', "email" = substr("email", 11) WHERE "email" LIKE 'join-code:%';

-- DropIndex
DROP INDEX "LoginAttempt_email_createdAt_idx";

-- DropIndex
DROP INDEX "LoginAttempt_ip_createdAt_idx";

-- CreateIndex
CREATE INDEX "LoginAttempt_bucket_email_createdAt_idx" ON "LoginAttempt"("bucket", "email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_bucket_ip_createdAt_idx" ON "LoginAttempt"("bucket", "ip", "createdAt");
