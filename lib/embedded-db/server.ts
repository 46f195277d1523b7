import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "@/lib/env";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// PGlite is single-user Postgres in WebAssembly. Serving it over the Postgres wire protocol lets
// the app, the Prisma CLI and the seed connect exactly as they would to a real server, while
// this one process stays the only owner of the data folder (two owners corrupt it).
// Its socket server multiplexes clients onto the one session, so up to `maxConnections` may connect.
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir.startsWith("memory://");
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    port: options.port,
    host: "127.0.0.1",
    maxConnections: options.maxConnections ?? 10,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${options.port} is already in use: is Samenspraak already running? Stop it, or set EMBEDDED_DB_PORT.`,
      );
    }
    throw error;
  }
  return {
    url: embeddedDatabaseUrl(options.port),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
