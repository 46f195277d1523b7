import { z } from "zod";

/** Where the embedded database listens when no DATABASE_URL is given (see lib/embedded-db). */
export const EMBEDDED_DB_PORT_DEFAULT = 54329;

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real PostgreSQL server in production; unset means the embedded database. */
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(EMBEDDED_DB_PORT_DEFAULT),
  /** Folder of the embedded database; git-ignored. */
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type TEnv = z.infer<typeof ZEnv> & { DATABASE_URL: string };

export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function parseEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  return { ...values, DATABASE_URL: values.DATABASE_URL ?? embeddedDatabaseUrl(values.EMBEDDED_DB_PORT) };
}

export const env: TEnv = parseEnv();
