import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/embedded-db/server";
import { embeddedDatabaseUrl, env } from "@/lib/env";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { runPrismaCli } from "./prisma-cli";

// For the maintenance commands (npm run setup, npm run purge): the database the app uses. With
// DATABASE_URL that server; otherwise the embedded database, reached where the running app
// serves it, or started here when the app is not running (one owner of the data folder at a time).

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

/** Runs `work` against the migrated database, and closes everything it opened. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  let url = env.configured.DATABASE_URL ? env.DATABASE_URL : undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    url = embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
    if (!(await reachable(url))) {
      const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
      url = embedded.url;
      stopEmbedded = () => embedded.stop();
    }
  }
  await runPrismaCli(["migrate", "deploy"], url, { quiet: true });
  const db = createPrismaClient(url, 1);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
    await stopEmbedded?.();
  }
}
