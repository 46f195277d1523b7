/**
 * Tables a refused input may rightly write to: every wrong PIN, password or join code is counted
 * in LoginAttempt, which is how the throttle slows down guessing (lib/auth/throttle.ts).
 */
export const TABLES_THAT_COUNT_REFUSALS = ["LoginAttempt"];

/** Runs one SQL statement without parameters: Prisma's $queryRawUnsafe, or a pg client's query. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** An md5 of every row of every table (but the migration history and the tables above), per table. */
export async function databaseChecksum(query: Query): Promise<Record<string, string>> {
  const tables = await query(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  const sums: Record<string, string> = {};
  for (const { name } of tables as { name: string }[]) {
    if (TABLES_THAT_COUNT_REFUSALS.includes(name)) continue;
    const [row] = await query(`SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "public"."${name}" t`);
    sums[name] = String(row.sum);
  }
  return sums;
}
