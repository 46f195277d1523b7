-- AlterEnum
-- A team's reflection round opening and closing go into the audit trail (PostgreSQL 12+ adds enum values inside a transaction).

ALTER TYPE "AuditAction" ADD VALUE 'REFLECTION_ROUND_OPENED';
ALTER TYPE "AuditAction" ADD VALUE 'REFLECTION_ROUND_CLOSED';
