-- AlterTable
ALTER TABLE "User" ADD COLUMN     "signedOutAt" TIMESTAMP(3);
