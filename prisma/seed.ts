import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedContent } from "./seed/content";
import { seedDemo } from "./seed/demo";

// `tsx prisma/seed.ts` loads the instrument content; `--demo` adds the demo organisation.
const withDemo = process.argv.includes("--demo");
const db = createPrismaClient(env.DATABASE_URL, 2);
try {
  await seedContent(db);
  if (withDemo) await seedDemo(db);
  console.log(withDemo ? "Seeded instrument content and demo data." : "Seeded instrument content.");
} finally {
  await db.$disconnect();
}
