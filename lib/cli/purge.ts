import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db/server";
import { embeddedDatabaseUrl, env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { purge } from "@/lib/retention/purge";
import { runPrismaCli } from "./prisma-cli";
import pg from "pg";

// `npm run purge [-- --dry-run]`: removes what is past the organisation's retention period, and old
// sign-in attempts. Safe from cron: a second run removes nothing. With DATABASE_URL it uses that
// server; otherwise the embedded database, reached where the running app serves it or started here.
const dryRun = process.argv.includes("--dry-run");

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    url = embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
    if (!(await reachable(url))) {
      embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
      url = embedded.url;
    }
  }
  await runPrismaCli(["migrate", "deploy"], url, { quiet: true });
  const db = createPrismaClient(url, 1);
  try {
    const report = await purge(db, { dryRun });
    console.log(`${dryRun ? "Would remove" : "Removed"}: ${report.conversations} conversations, ${report.families} families, ${report.signInAttempts} sign-in attempts, ${report.parentModeLocks} parent-mode locks.`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
