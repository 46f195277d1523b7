import { inject } from "vitest";

// Runs before each test file imports the app: lib/env reads DATABASE_URL once, at import.
process.env.DATABASE_URL = inject("databaseUrl");
// One connection to the embedded database (see lib/cli/serve.ts), a small pool to PostgreSQL.
process.env.DATABASE_POOL_SIZE = String(inject("databasePoolSize"));

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolSize: number;
  }
}
