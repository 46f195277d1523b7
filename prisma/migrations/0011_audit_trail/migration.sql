-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'SIGNED_IN';
ALTER TYPE "AuditAction" ADD VALUE 'SIGN_IN_FAILED';
ALTER TYPE "AuditAction" ADD VALUE 'PIN_CHANGED';
ALTER TYPE "AuditAction" ADD VALUE 'CONVERSATION_STARTED';
ALTER TYPE "AuditAction" ADD VALUE 'PARENT_MODE_ENTERED';
ALTER TYPE "AuditAction" ADD VALUE 'PARENT_MODE_LEFT';
ALTER TYPE "AuditAction" ADD VALUE 'JOIN_CODE_ISSUED';
ALTER TYPE "AuditAction" ADD VALUE 'CONVERSATION_REVEALED';
ALTER TYPE "AuditAction" ADD VALUE 'AGREEMENT_WRITTEN';
ALTER TYPE "AuditAction" ADD VALUE 'NOTE_WRITTEN';
ALTER TYPE "AuditAction" ADD VALUE 'APPOINTMENT_WRITTEN';
ALTER TYPE "AuditAction" ADD VALUE 'SUMMARY_DOWNLOADED';
ALTER TYPE "AuditAction" ADD VALUE 'RESULTS_EXPORTED';
