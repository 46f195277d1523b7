// Measures the dashboard's data functions against the database tests/bench/dashboard.ts loaded.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { dashboardFor } from "@/lib/data/dashboard";
import { quarterStart } from "@/lib/dashboard/quarters";
import { env } from "@/lib/env";

const REPEATS = 3;
const FILTERS = [
  {},
  { phase: "pre" as const },
  { phase: "main" as const, instrument: "twelve-questions" as const },
  { from: "2025-Q3", to: "2025-Q4" },
  { instrument: "praatplaat" as const },
  { phase: "post" as const, from: "2026-Q1" },
];
const organisationId = process.env.BENCH_ORGANISATION!;
const teamId = process.env.BENCH_TEAM!;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
const admin = { id: "bench-admin", name: "", email: "", role: "ADMIN" as const, organisationId, teamIds: [], hasPin: false };
const lead = { ...admin, role: "TEAM_LEAD" as const, teamIds: [teamId] };

const measure = async (filtersToWork: (filters: (typeof FILTERS)[number]) => Promise<unknown>) => {
  const samples: number[] = [];
  for (let repeat = 0; repeat <= REPEATS; repeat++) {
    for (const filters of FILTERS) {
      const started = performance.now();
      await filtersToWork(filters);
      if (repeat > 0) samples.push(performance.now() - started);
    }
  }
  return samples.sort((a, b) => a - b);
};

const organisationWide = await measure((filters) => dashboardFor(admin, filters, "nl"));
const oneTeam = await measure((filters) => dashboardFor(lead, filters, "nl"));
const bareOrganisation = await measure((filters) => bareAggregate(pool, organisationId, null, filters));
const bareTeam = await measure((filters) => bareAggregate(pool, organisationId, teamId, filters));
const blocksOrganisation = await measure((filters) => bareBlockSum(pool, organisationId, null, filters));
const blocksTeam = await measure((filters) => bareBlockSum(pool, organisationId, teamId, filters));
await pool.end();

const pct = (samples: number[], p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)];
const row = (name: string, samples: number[]) => `${name.padEnd(44)} p50 ${pct(samples, 50).toFixed(1).padStart(7)} ms   p95 ${pct(samples, 95).toFixed(1).padStart(7)} ms`;
console.log(row("dashboard data, organisation (200 teams)", organisationWide));
console.log(row("bare per-item aggregate, organisation", bareOrganisation));
console.log(row("dashboard data, one team", oneTeam));
console.log(row("bare per-item aggregate, one team", bareTeam));
console.log(row("bare per-item sum of blocks, organisation", blocksOrganisation));
console.log(row("bare per-item sum of blocks, one team", blocksTeam));
const ratio = (a: number[], b: number[]) => `${(pct(a, 95) / pct(b, 95)).toFixed(2)}×`;
console.log(`ratio dashboard/bare aggregate p95: organisation ${ratio(organisationWide, bareOrganisation)}, team ${ratio(oneTeam, bareTeam)}`);
console.log(`ratio dashboard/bare block sum p95 (all six dashboard queries vs the one it cannot do without): organisation ${ratio(organisationWide, blocksOrganisation)}, team ${ratio(oneTeam, blocksTeam)}`);
console.log("targets (PostgreSQL): p95 ≤ 300 ms organisation-wide, ≤ 100 ms one team, ≤ 2× the bare aggregate");
process.exit(0);

/** The heart of the dashboard, written plainly: per item and side, the average and the families. */
async function bareAggregate(pool: pg.Pool, organisationId: string, teamId: string | null, filters: (typeof FILTERS)[number]) {
  const conditions = [`c."organisationId" = $1`, `c."consentToAggregate"`, `c."status" = 'REVEALED'`, `r."value" IS NOT NULL`];
  const values: unknown[] = [organisationId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace("?", `$${values.length}`));
  };
  if (teamId) add(`c."teamId" = ?`, teamId);
  if ("phase" in filters && filters.phase) add(`c."phaseKey" = ?`, filters.phase);
  if ("from" in filters && filters.from) add(`c."createdAt" >= ?`, quarterStart(filters.from));
  if ("to" in filters && filters.to) add(`c."createdAt" < ?::date + interval '3 months'`, quarterStart(filters.to));
  if ("instrument" in filters && filters.instrument) add(`ins."key" = ?`, filters.instrument);
  return pool.query(
    `SELECT ins."key", i."key", r."side", AVG(r."value"), COUNT(DISTINCT c."familyId")
     FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
     JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
     WHERE ${conditions.join(" AND ")} GROUP BY 1, 2, 3`,
    values,
  );
}

/** The least the dashboard could do on its blocks: the per-item sums, and nothing else. */
async function bareBlockSum(pool: pg.Pool, organisationId: string, teamId: string | null, filters: (typeof FILTERS)[number]) {
  const conditions = [`"organisationId" = $1`, `"families" >= 5`];
  const values: unknown[] = [organisationId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace("?", `$${values.length}`));
  };
  if (teamId) add(`"teamId" = ?`, teamId);
  if ("phase" in filters && filters.phase) add(`"phaseKey" = ?`, filters.phase);
  if ("from" in filters && filters.from) add(`"quarter" >= ?`, quarterStart(filters.from));
  if ("to" in filters && filters.to) add(`"quarter" <= ?`, quarterStart(filters.to));
  if ("instrument" in filters && filters.instrument) add(`"instrumentKey" = ?`, filters.instrument);
  return pool.query(
    `SELECT "instrumentKey", "itemKey", "side", SUM("valueSum"), SUM("valueCount") FROM "RatingBlock" WHERE ${conditions.join(" AND ")} GROUP BY 1, 2, 3`,
    values,
  );
}
