import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/embedded-db/server";
import { runPrismaCli } from "@/lib/cli/prisma-cli";

// A fresh in-memory PGlite behind the wire protocol, migrated with the real `prisma migrate deploy`.
// TEST_EMBEDDED_DB_PORT moves it, so a second test run on the same machine does not collide.
export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_EMBEDDED_DB_PORT ?? 54339);
  const database = await startEmbeddedDatabase({ dataDir: "memory://", port });
  await runPrismaCli(["migrate", "deploy"], database.url, { quiet: true });
  project.provide("databasePoolSize", 1);
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
