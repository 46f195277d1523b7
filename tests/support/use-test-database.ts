import { inject } from "vitest";

// Runs before each test file imports the app: lib/env reads DATABASE_URL once, at import.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "3";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
