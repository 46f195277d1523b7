-- One word per concept (README, Glossary). Renames only: every row keeps its data, so this is
-- written by hand (migrate diff would drop and add the columns). No semicolons in these
-- comments: the embedded database gets the script split at every one.

-- What each side rates is a statement. A prompt is only the talk question of the praatplaat.
ALTER TABLE "ItemText" RENAME COLUMN "parentPrompt" TO "parentStatement";
ALTER TABLE "ItemText" RENAME COLUMN "professionalPrompt" TO "professionalStatement";

-- Whether a native speaker has checked a translation: a translation check, never a review.
ALTER TABLE "InstrumentText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";
ALTER TABLE "ClusterText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";
ALTER TABLE "ItemText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";
ALTER TABLE "PromptText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";
ALTER TABLE "PhaseText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";
ALTER TABLE "PracticeTipText" RENAME COLUMN "reviewedByNativeSpeaker" TO "checkedByNativeSpeaker";

-- A later conversation looks back on an agreement (done, not done, still open). The foreign key
-- takes the name Prisma derives from the new column.
ALTER TABLE "Agreement" RENAME COLUMN "reviewedInConversationId" TO "lookedBackInConversationId";
ALTER TABLE "Agreement" RENAME COLUMN "reviewedAt" TO "lookedBackAt";
ALTER TABLE "Agreement" RENAME CONSTRAINT "Agreement_reviewedInConversationId_fkey" TO "Agreement_lookedBackInConversationId_fkey";

-- A side rates an item: when it did so is ratedAt (an answer is only the consent question).
ALTER TABLE "Rating" RENAME COLUMN "answeredAt" TO "ratedAt";
