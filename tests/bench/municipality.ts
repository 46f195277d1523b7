import type pg from "pg";

// A synthetic municipality, generated inside the database with generate_series: no rows travel
// over the wire, so even the embedded database loads millions of ratings in reasonable time.

export interface MunicipalitySize {
  teams: number;
  families: number;
  conversations: number;
}

export const FULL_SIZE: MunicipalitySize = { teams: 200, families: 20_000, conversations: 100_000 };

/** Loads one organisation of the given size; every conversation rates the 12 questions from both sides. */
export async function generateMunicipality(client: pg.Pool, size: MunicipalitySize): Promise<{ organisationId: string; teamId: string; ratings: number }> {
  const organisationId = "bench-org";
  const { teams, families, conversations } = size;
  const run = (sql: string, values: unknown[] = []) => client.query(sql, values);
  await run(`INSERT INTO "Organisation" ("id", "slug", "name") VALUES ($1, $1, 'Gemeente Benchmark')`, [organisationId]);
  await run(`INSERT INTO "Team" ("id", "organisationId", "name") SELECT 'bt' || g, $1, 'Team ' || g FROM generate_series(1, $2::int) g`, [organisationId, teams]);
  await run(
    `INSERT INTO "Family" ("id", "organisationId", "teamId", "label")
     SELECT 'bf' || g, $1, 'bt' || (1 + g % $2::int), 'Fam. ' || g FROM generate_series(1, $3::int) g`,
    [organisationId, teams, families],
  );
  // Conversation g belongs to family 1 + g % families, which belongs to team 1 + family % teams.
  await run(
    `INSERT INTO "Conversation" ("id", "organisationId", "teamId", "familyId", "phaseKey", "status", "consentToAggregate", "createdAt")
     SELECT 'bc' || g, $1, 'bt' || (1 + (1 + g % $3::int) % $2::int), 'bf' || (1 + g % $3::int),
            (ARRAY['pre', 'main', 'main', 'post'])[1 + g % 4], 'REVEALED', g % 10 <> 0,
            timestamp '2025-01-01' + (g % 690) * interval '1 day'
     FROM generate_series(1, $4::int) g`,
    [organisationId, teams, families, conversations],
  );
  const items = `SELECT i."id", i."position" FROM "Item" i JOIN "InstrumentVersion" v ON v."id" = i."instrumentVersionId"
                 JOIN "Instrument" ins ON ins."id" = v."instrumentId" WHERE ins."key" = 'twelve-questions'`;
  await run(
    `INSERT INTO "ConversationItem" ("conversationId", "itemId", "position")
     SELECT 'bc' || g, i."id", i."position" FROM generate_series(1, $1::int) g CROSS JOIN (${items}) i`,
    [conversations],
  );
  // Professionals a little above parents, more so on some items: gaps for the dashboard to find.
  await run(
    `INSERT INTO "Rating" ("conversationId", "itemId", "side", "value", "ratedAt", "updatedAt")
     SELECT 'bc' || g, i."id", s.side::"Side",
            CASE WHEN s.side = 'PROFESSIONAL' THEN 3 + (g + i."position") % 3
                 ELSE 1 + (g * 7 + i."position" * 3) % 5 END,
            timestamp '2025-01-01' + (g % 690) * interval '1 day', now()
     FROM generate_series(1, $1::int) g CROSS JOIN (${items}) i CROSS JOIN (VALUES ('PARENT'), ('PROFESSIONAL')) s(side)`,
    [conversations],
  );
  await run(
    `INSERT INTO "Agreement" ("id", "conversationId", "familyId", "text", "owner", "dueDate", "status", "createdAt")
     SELECT 'ba' || g, 'bc' || g, 'bf' || (1 + g % $2::int), 'Afspraak', 'TOGETHER',
            date '2025-02-01' + (g % 690), (ARRAY['OPEN', 'DONE', 'DONE', 'NOT_DONE'])[1 + g % 4]::"AgreementStatus",
            timestamp '2025-01-01' + (g % 690) * interval '1 day'
     FROM generate_series(1, $1::int) g`,
    [conversations, families],
  );
  await run("ANALYZE");
  const { rows } = await run(`SELECT COUNT(*)::int AS n FROM "Rating"`);
  return { organisationId, teamId: "bt1", ratings: rows[0].n };
}
