import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// A factory without "server-only", so the seed, the launcher and tests can build a client too.
// The app itself uses the single cached client in lib/db.ts.
export function createPrismaClient(connectionString: string, poolSize: number) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({
    adapter,
    // Secrets are never selected unless a query asks for them by name.
    omit: { user: { passwordHash: true, pinHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
