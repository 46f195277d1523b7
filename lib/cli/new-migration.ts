import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/embedded-db/server";
import { runPrismaCli } from "./prisma-cli";

// `npm run db:migration -- <name>`: writes prisma/migrations/<NNNN_name>/migration.sql with the
// SQL that turns the committed schema (HEAD) into the working-tree schema. `prisma migrate dev`
// does not work with driver adapters in Prisma 6.19, and `migrate diff` needs a database to
// talk to even when it only compares two files, so an in-memory PGlite stands in for one.
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}

const migrationsDir = "prisma/migrations";
const existing = readdirSync(migrationsDir).filter((entry) => /^\d{4}_/.test(entry));
const folder = path.join(migrationsDir, `${String(existing.length + 1).padStart(4, "0")}_${name}`);

let from = ["--from-empty"];
if (existing.length > 0) {
  const previous = path.join(tmpdir(), `schema-head-${process.pid}.prisma`);
  writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  from = ["--from-schema-datamodel", previous];
}

const database = await startEmbeddedDatabase({ dataDir: "memory://", port: 54398 });
try {
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  await runPrismaCli(
    ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", `${folder}/migration.sql`],
    database.url,
  );
  console.log(`Wrote ${folder}/migration.sql — read it, then commit it with the schema.`);
} finally {
  await database.stop();
}
