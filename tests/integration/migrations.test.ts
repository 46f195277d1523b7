import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rebuildAllBlocks } from "@/lib/dashboard/blocks";
import { db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/content";
import { seedDemo } from "@/prisma/seed/demo";
import { resetDatabase } from "../support/reset-database";

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

  it("0014's backfill publishes the same dashboard blocks as the app, from conversations held before it", async () => {
    await resetDatabase(db);
    await seedContent(db);
    await seedDemo(db);
    // Conversations from before 0014 were also from before 0018: nobody recorded when an
    // agreement was done, so none counts as done on time (0018's column default).
    await db.agreement.updateMany({ data: { doneAt: null } });
    const snapshot = async () => ({
      ratings: await db.$queryRaw`SELECT * FROM "RatingBlock" ORDER BY 1, 3, 4, 5, 6, 7`,
      conversations: await db.$queryRaw`SELECT * FROM "ConversationBlock" ORDER BY 1, 3, 4`,
      members: await db.$queryRaw`SELECT * FROM "BlockConversation" ORDER BY 1, 2, 3, 4`,
    });
    await rebuildAllBlocks(db);
    const rebuilt = await snapshot();
    expect((rebuilt.ratings as unknown[]).length).toBeGreaterThan(10);

    await db.$executeRaw`DELETE FROM "RatingBlock"`;
    await db.$executeRaw`DELETE FROM "ConversationBlock"`;
    await db.$executeRaw`DELETE FROM "BlockConversation"`;
    const migration = readFileSync("prisma/migrations/0014_dashboard_publication/migration.sql", "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill"));
    for (const statement of backfill.split(/;\s*\n/).filter((sql) => /INSERT/.test(sql))) await db.$executeRawUnsafe(statement);
    expect(await snapshot()).toEqual(rebuilt);
    await resetDatabase(db);
  });

  it("the glossary migration only renames: a database in the old words keeps every row and value", async () => {
    await resetDatabase(db);
    await seedContent(db);
    await seedDemo(db);
    // Give the renamed agreement columns something to keep: one agreement looked back on.
    const [made, later] = await db.conversation.findMany({ orderBy: { createdAt: "asc" }, take: 2, select: { id: true } });
    await db.agreement.updateMany({ where: { conversationId: made.id }, data: { lookedBackInConversationId: later.id, lookedBackAt: new Date("2026-09-05T10:00:00Z") } });

    // Found by name: its number may change when migrations of parallel work land first.
    const folder = readdirSync("prisma/migrations").find((entry) => entry.endsWith("_glossary_words"))!;
    const migration = readFileSync(`prisma/migrations/${folder}/migration.sql`, "utf8");
    const statements = migration.split(";").map((sql) => sql.replace(/--.*$/gm, "").trim()).filter(Boolean);
    const renames = statements.map((sql) => /^ALTER TABLE "(\w+)" RENAME (COLUMN|CONSTRAINT) "(\w+)" TO "(\w+)"$/.exec(sql));
    expect(renames.every(Boolean), "every statement is a rename").toBe(true);
    const tables = [...new Set(renames.map((match) => match![1]))];
    expect(tables).toEqual(["ItemText", "InstrumentText", "ClusterText", "PromptText", "PhaseText", "PracticeTipText", "Agreement", "Rating"]);
    const snapshot = async () => {
      const rows: Record<string, unknown> = {};
      for (const table of tables) rows[table] = await db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY 1, 2`);
      return JSON.parse(JSON.stringify(rows));
    };
    const before = await snapshot();
    expect(before.Rating.length).toBeGreaterThan(100);
    expect(before.Agreement.some((row: { lookedBackAt: string | null }) => row.lookedBackAt !== null)).toBe(true);

    // Back to the words before it, then the migration as written: the same rows under the same names.
    for (const match of [...renames].reverse()) await db.$executeRawUnsafe(`ALTER TABLE "${match![1]}" RENAME ${match![2]} "${match![4]}" TO "${match![3]}"`);
    for (const sql of statements) await db.$executeRawUnsafe(sql);
    expect(await snapshot()).toEqual(before);
    await resetDatabase(db);
  });
});
