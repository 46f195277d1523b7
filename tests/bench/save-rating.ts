// npm run bench — the time to save one rating through the real server action, over HTTP to the
// built app, with 50 parent phones saving at once; in the same run the same SQL statement sent
// bare to the same database with the same single connection. Prints p50/p99 of both and ratios.
// A benchmark, not a test: it asserts nothing but that every save succeeded.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { findActionId, postServerAction } from "../support/server-action";

const CLIENTS = 50;
const ROUNDS = 20;
const APP_PORT = 3200;
const DB_PORT = 54396;

// lib/env reads these once, at import: set them before importing the app's modules.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
const require = createRequire(import.meta.url);

const { startEmbeddedDatabase } = await import("@/lib/embedded-db/server");
const { runPrismaCli } = await import("@/lib/cli/prisma-cli");
const { createPrismaClient } = await import("@/lib/prisma-client");
const { signToken } = await import("@/lib/conversation/signed-token");
const { seedContent } = await import("@/prisma/seed/content");
const pg = (await import("pg")).default;

const database = await startEmbeddedDatabase({ dataDir: "memory://", port: DB_PORT });
let app: ReturnType<typeof spawn> | undefined;
try {
  await runPrismaCli(["migrate", "deploy"], database.url, { quiet: true });
  const db = createPrismaClient(database.url, 1);
  await seedContent(db);
  const conversations = await createConversations(db);
  await db.$disconnect();

  app = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(APP_PORT)], {
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "1", NEXTAUTH_URL: `http://localhost:${APP_PORT}` },
    stdio: "ignore",
  });
  await waitForApp();
  const actionId = findActionId("saveRatingAction");

  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const action = (conversation: Conversation, save: Save) => postAction(actionId, conversation.cookie, save);
  const direct = (_: Conversation, save: Save) => bareUpsert(pool, save);
  // Flat out: every client saves again the moment the last save returns (saturation).
  report("flat out", await runClients(conversations, action, 0), await runClients(conversations, direct, 0));
  // At a person's pace: each client answers about once a second, as a parent tapping through.
  report("one answer per second per client", await runClients(conversations, action, 1000), await runClients(conversations, direct, 1000));
  await pool.end();
} finally {
  app?.kill("SIGTERM");
  await database.stop();
}

type Save = { conversationId: string; itemId: string; side: "PARENT"; value: number; comment: string; ratedAt: string };
type Conversation = { id: string; itemIds: string[]; cookie: string };

async function createConversations(db: Awaited<ReturnType<typeof createPrismaClient>>): Promise<Conversation[]> {
  const organisation = await db.organisation.create({ data: { slug: "bench", name: "Bench" } });
  const team = await db.team.create({ data: { organisationId: organisation.id, name: "Bench team" } });
  const items = await db.item.findMany({ where: { instrumentVersion: { instrument: { key: "twelve-questions" } } }, select: { id: true } });
  const expires = new Date(Date.now() + 3_600_000);
  const result: Conversation[] = [];
  for (let client = 0; client < CLIENTS; client++) {
    const family = await db.family.create({ data: { organisationId: organisation.id, teamId: team.id, label: `Fam. ${client}` } });
    const conversation = await db.conversation.create({
      data: {
        organisationId: organisation.id,
        teamId: team.id,
        familyId: family.id,
        phaseKey: "main",
        joinCodeExpiresAt: expires,
        items: { create: items.map((item, position) => ({ itemId: item.id, position })) },
      },
    });
    const token = signToken("participant", { conversationId: conversation.id }, expires);
    result.push({ id: conversation.id, itemIds: items.map((item) => item.id), cookie: `samenspraak-participant=${token}` });
  }
  return result;
}

async function waitForApp() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${APP_PORT}/instrumenten`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not start: run `npm run build` first (npm run bench does).");
}

/** Exactly what the browser sends when the phone calls saveRatingAction. */
async function postAction(actionId: string, cookie: string, save: Save) {
  const { status, result } = await postServerAction(`http://127.0.0.1:${APP_PORT}/doe-mee/gesprek`, actionId, cookie, [save]);
  if (status !== 200 || !result?.ok) throw new Error(`Save failed: ${status} ${JSON.stringify(result)}`);
}

/** The same INSERT … ON CONFLICT the action runs (lib/conversation/save-rating.ts), sent bare. */
async function bareUpsert(pool: InstanceType<typeof pg.Pool>, save: Save) {
  await pool.query(
    `INSERT INTO "Rating" ("conversationId", "itemId", "side", "value", "comment", "locale", "ratedAt", "updatedAt")
     SELECT ci."conversationId", ci."itemId", $3::"Side", $4::int, NULL, NULL, $5, now()
     FROM "ConversationItem" ci JOIN "Conversation" c ON c."id" = ci."conversationId"
     WHERE ci."conversationId" = $1 AND ci."itemId" = $2 AND c."status" = 'RATING'
     ON CONFLICT ("conversationId", "itemId", "side") DO UPDATE
       SET "value" = EXCLUDED."value", "comment" = EXCLUDED."comment", "locale" = EXCLUDED."locale", "ratedAt" = EXCLUDED."ratedAt", "updatedAt" = now()
       WHERE "Rating"."ratedAt" <= EXCLUDED."ratedAt"`,
    [save.conversationId, save.itemId, save.side, save.value, save.ratedAt],
  );
}

/**
 * CLIENTS clients at once, each saving ROUNDS answers one after the other, `pauseMs` (±50 %,
 * so clients drift apart) between answers; the first save of each client is warm-up.
 */
async function runClients(conversations: Conversation[], send: (conversation: Conversation, save: Save) => Promise<void>, pauseMs: number) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    conversations.map(async (conversation) => {
      for (let round = 0; round <= ROUNDS; round++) {
        const save: Save = {
          conversationId: conversation.id,
          itemId: conversation.itemIds[round % conversation.itemIds.length],
          side: "PARENT",
          value: (round % 5) + 1,
          comment: "",
          ratedAt: new Date().toISOString(),
        };
        const t0 = performance.now();
        await send(conversation, save);
        if (round > 0) latencies.push(performance.now() - t0);
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(load: string, viaAction: { latencies: number[]; seconds: number }, bare: { latencies: number[]; seconds: number }) {
  const row = (name: string, run: { latencies: number[]; seconds: number }) =>
    `${name.padEnd(34)} p50 ${percentile(run.latencies, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(run.latencies, 99).toFixed(1).padStart(7)} ms   ${(run.latencies.length / run.seconds).toFixed(0).padStart(5)} saves/s`;
  console.log(`\nSaving one rating, ${CLIENTS} concurrent clients × ${ROUNDS} saves, ${load}; embedded database (PGlite), 1 connection`);
  console.log(row("server action over HTTP", viaAction));
  console.log(row("bare INSERT … ON CONFLICT (pg)", bare));
  console.log(
    `ratio action/bare: p50 ${(percentile(viaAction.latencies, 50) / percentile(bare.latencies, 50)).toFixed(1)}×, p99 ${(percentile(viaAction.latencies, 99) / percentile(bare.latencies, 99)).toFixed(1)}×`,
  );
  console.log(`targets: p99 ≤ 50 ms and ≤ 5× the bare insert`);
}
