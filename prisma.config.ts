import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

// Prisma's migrate engine cannot read PostgreSQL's `name` type (OID 19) through adapter-pg
// ("Column type 'name' could not be deserialized", prisma/orm#27403). Reporting it as `text`
// (OID 25) is harmless here: both arrive as strings. This runs only in the Prisma CLI.
const NAME_OID = 19;
const TEXT_OID = 25;

function reportNameAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const outcome = original(...args);
    return outcome instanceof Promise ? outcome.then(reportNameAsText) : outcome;
  };
}

class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
    this.on("connect", (client) => patchQuery(client));
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    new PrismaPg(new NameAsTextPool({ connectionString: env.DATABASE_URL, max: 2, allowExitOnIdle: true })),
});
