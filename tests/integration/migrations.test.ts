import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("migrations", () => {
  it("every committed migration is applied, completely", async () => {
    const committed = readdirSync("prisma/migrations").filter((entry) => /^\d{4}_/.test(entry));
    const applied = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
      SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(committed.sort());
    for (const row of applied) {
      expect(row.finished_at, row.migration_name).not.toBeNull();
      expect(row.rolled_back_at, row.migration_name).toBeNull();
    }
  });

  it("the schema has the tables the app queries", async () => {
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'`;
    expect(tables.map((row) => row.tablename)).toEqual(
      expect.arrayContaining(["Instrument", "InstrumentVersion", "Item", "ItemText", "Phase", "User", "Family", "Team"]),
    );
  });
});
