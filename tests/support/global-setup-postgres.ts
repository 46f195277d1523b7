import type { TestProject } from "vitest/node";
import { runPrismaCli } from "@/lib/cli/prisma-cli";
import { createFreshDatabase, startPrivateCluster } from "./postgres-cluster";

// A real PostgreSQL server: TEST_POSTGRES_URL if given (an admin URL; a database
// `samenspraak_test` is created on it), else a private throwaway cluster started here, on
// TEST_POSTGRES_PORT when a second test run on the same machine needs another port.
export default async function setup(project: TestProject) {
  const given = process.env.TEST_POSTGRES_URL;
  const cluster = given ? undefined : await startPrivateCluster(Number(process.env.TEST_POSTGRES_PORT ?? 54340));
  const adminUrl = given ?? cluster!.adminUrl;
  const databaseUrl = await createFreshDatabase(adminUrl, "samenspraak_test");
  await runPrismaCli(["migrate", "deploy"], databaseUrl, { quiet: true });
  project.provide("databasePoolSize", 4);
  project.provide("databaseUrl", databaseUrl);
  return () => cluster?.stop();
}
