import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded-db/server";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedContent } from "@/prisma/seed/content";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed/demo-data";
import { hasUsers, issueSetupToken } from "@/lib/setup/setup-token";
import { runPrismaCli } from "./prisma-cli";

// Serves the built app: starts the embedded database unless DATABASE_URL names a server,
// applies the committed migrations, loads the instrument content (and with --demo the demo
// organisation), then runs the built app (lib/cli/next-server.ts). One process owns the embedded
// data folder.
const withDemo = process.argv.includes("--demo");

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  if (!env.configured.DATABASE_URL) {
    embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
    console.log(`Embedded database (PGlite) in ${env.EMBEDDED_DB_DIR}`);
  }
  const databaseUrl = embedded?.url ?? env.DATABASE_URL;

  await runPrismaCli(["migrate", "deploy"], databaseUrl, { quiet: true });
  const db = createPrismaClient(databaseUrl, 2);
  let setupToken: string | null = null;
  try {
    await seedContent(db);
    if (withDemo) await seedDemo(db);
    // A database nobody can sign in to yet: print the one-time key to the setup page.
    if (!(await hasUsers(db))) setupToken = await issueSetupToken(db);
  } finally {
    await db.$disconnect();
  }

  // Not `next start`: lib/cli/next-server.ts puts the socket's address on every request.
  const next = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "next-server.ts")], {
    env: {
      // The child inherits this process's environment (PATH, the app's settings) as given.
      ...process.env,
      DATABASE_URL: databaseUrl,
      // PGlite is one Postgres session behind the socket: two connections could interleave
      // their prepared statements ("bind message supplies 4 parameters..."). One connection
      // queues the app's queries instead; a real server keeps its configured pool.
      DATABASE_POOL_SIZE: embedded ? "1" : String(env.DATABASE_POOL_SIZE),
      NEXTAUTH_SECRET: sessionSecret(embedded !== undefined),
      NEXTAUTH_URL: env.APP_URL,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  printWelcome(setupToken);

  const shutdown = async (code: number) => {
    next.kill("SIGTERM");
    await embedded?.stop();
    process.exit(code);
  };
  next.on("exit", (code) => void shutdown(code ?? 0));
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
}

/**
 * The secret that signs sessions. A real deployment sets NEXTAUTH_SECRET (the same on every
 * instance); the embedded default keeps a generated one beside its data, so sign-ins survive a
 * restart without anyone editing a file.
 */
function sessionSecret(isEmbedded: boolean): string {
  if (env.configured.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!isEmbedded) throw new Error("Set NEXTAUTH_SECRET (32+ characters, the same on every app instance).");
  if (env.EMBEDDED_DB_DIR.startsWith("memory://")) return randomBytes(32).toString("hex");
  const file = path.join(path.dirname(env.EMBEDDED_DB_DIR), "session-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function printWelcome(setupToken: string | null) {
  const lines = [`\nSamenspraak runs at http://localhost:${env.PORT}`];
  if (setupToken) {
    lines.push("Not set up yet: nobody can sign in. Create the organisation and its first administrator at", `  ${env.APP_URL}/inrichten?token=${setupToken}`, "(works once), or run: npm run setup");
  }
  if (withDemo) {
    lines.push(`Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const user of demoUsers) lines.push(`  ${user.role.padEnd(12)} ${user.email}`);
  }
  console.log(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
