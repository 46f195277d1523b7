import type { Database } from "@/lib/prisma-client";

/**
 * Tables a refused input may rightly write to: every wrong PIN, password or join code is counted
 * in LoginAttempt, which is how the throttle slows down guessing (lib/auth/throttle.ts).
 */
export const TABLES_THAT_COUNT_REFUSALS = ["LoginAttempt"];

/** An md5 of every row of every table (but the migration history and the tables above), per table. */
export async function databaseChecksum(db: Database): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    if (TABLES_THAT_COUNT_REFUSALS.includes(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ sum: string; count: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum, count(*) AS count FROM "public"."${name}" t`,
    );
    sums[name] = `${row.count}:${row.sum}`;
  }
  return sums;
}
