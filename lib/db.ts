import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Database } from "@/lib/prisma-client";

// One client per process; cached on globalThis so dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { samenspraakDb?: Database };

export const db: Database =
  globalForDb.samenspraakDb ?? createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

if (env.NODE_ENV !== "production") globalForDb.samenspraakDb = db;
