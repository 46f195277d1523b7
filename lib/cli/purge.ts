import { purge } from "@/lib/retention/purge";
import { withDatabase } from "./database";

// `npm run purge [-- --dry-run]`: removes what is past the organisation's retention period, and old
// sign-in attempts. Safe from cron: a second run removes nothing. With DATABASE_URL it uses that
// server; otherwise the embedded database, reached where the running app serves it or started here.
const dryRun = process.argv.includes("--dry-run");

withDatabase(async (db) => {
  const report = await purge(db, { dryRun });
  console.log(`${dryRun ? "Would remove" : "Removed"}: ${report.conversations} conversations, ${report.families} families, ${report.signInAttempts} sign-in attempts, ${report.parentModeLocks} parent-mode locks.`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
