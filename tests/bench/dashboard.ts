// npm run bench (second part) — the dashboard's data functions on a synthetic municipality
// (200 teams, 20,000 families, 100,000 conversations, 2,400,000 ratings), p50/p95 over repeated
// runs with varied filters, organisation-wide and for one team, next to the bare SQL aggregate
// of the per-item averages on the same data. Usage: tsx tests/bench/dashboard.ts embedded|postgres
// This process owns the database and loads it; dashboard-measure.ts measures in a child process,
// because the app's database client reads DATABASE_URL once, when it is first imported.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { runPrismaCli } from "@/lib/cli/prisma-cli";
import { rebuildAllBlocks, refreshBlocksOf } from "@/lib/dashboard/blocks";
import { startEmbeddedDatabase } from "@/lib/embedded-db/server";
import { createFreshDatabase, startPrivateCluster } from "../support/postgres-cluster";
import { FULL_SIZE, generateMunicipality } from "./municipality";

const target = process.argv[2] === "postgres" ? "postgres" : "embedded";

let stop: () => Promise<void> | void = () => {};
let url: string;
if (target === "embedded") {
  const database = await startEmbeddedDatabase({ dataDir: "memory://", port: 54395 });
  url = database.url;
  stop = () => database.stop();
} else {
  const cluster = await startPrivateCluster(54394);
  url = await createFreshDatabase(cluster.adminUrl, "samenspraak_bench");
  stop = () => cluster.stop();
}

try {
  await runPrismaCli(["migrate", "deploy"], url, { quiet: true });
  const { createPrismaClient } = await import("@/lib/prisma-client");
  const { seedContent } = await import("@/prisma/seed/content");
  const seeding = createPrismaClient(url, 1);
  await seedContent(seeding);

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const loadStart = performance.now();
  const { organisationId, teamId, ratings } = await generateMunicipality(pool, FULL_SIZE);
  console.log(`\n${target}: loaded ${ratings.toLocaleString("en")} ratings in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
  await pool.end();
  const blocksStart = performance.now();
  await rebuildAllBlocks(seeding);
  await seeding.$executeRaw`ANALYZE`;
  const blocks = await seeding.ratingBlock.count();
  console.log(`${target}: built ${blocks.toLocaleString("en")} dashboard blocks in ${((performance.now() - blocksStart) / 1000).toFixed(1)} s`);
  // What every reveal, consent and agreement change adds: comparing its block with what was last
  // published (and publishing it again when enough families changed).
  const refreshes: number[] = [];
  for (let conversation = 1; conversation <= 40; conversation++) {
    const started = performance.now();
    await seeding.$transaction((tx) => refreshBlocksOf(tx, [`bc${conversation * 2_477}`]));
    refreshes.push(performance.now() - started);
  }
  refreshes.sort((a, b) => a - b);
  console.log(`${target}: checking one block after a reveal: p50 ${refreshes[19].toFixed(1)} ms, p95 ${refreshes[37].toFixed(1)} ms`);
  await seeding.$disconnect();

  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "tests/bench/dashboard-measure.ts"], {
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: target === "embedded" ? "1" : "4", BENCH_ORGANISATION: organisationId, BENCH_TEAM: teamId },
      stdio: "inherit",
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`measuring failed (${code})`))));
  });
} finally {
  await stop();
}
