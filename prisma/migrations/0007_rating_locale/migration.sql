-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "locale" TEXT;
