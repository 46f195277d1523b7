-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "quotePlacementReconstructed" BOOLEAN NOT NULL DEFAULT false;
