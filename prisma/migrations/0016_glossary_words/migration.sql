-- One word per concept (README, Glossary). Renames only: every row keeps its data, so this is
-- written by hand (migrate diff would drop and add the columns). No semicolons in these
-- comments: the embedded database gets the script split at every one.

-- What each side rates is a statement. A prompt is only the talk question of the praatplaat.
ALTER TABLE "ItemText" RENAME COLUMN "parentPrompt" TO "parentStatement";
ALTER TABLE "ItemText" RENAME COLUMN "professionalPrompt" TO "professionalStatement";
