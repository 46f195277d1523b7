import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardFilters } from "@/lib/validations/dashboard";
import type { BlockSum } from "./aggregate";
import { quarterStart } from "./quarters";
import { suppress } from "./suppression";
import type { DashboardScope, ProfessionalActivity } from "./types";

// The dashboard's reads. Figures about answers and agreements come from the blocks (see
// RatingBlock in the schema), so an organisation of millions of ratings answers in milliseconds;
// distinct families across blocks and each professional's activity come from the conversations
// the blocks were published with (BlockConversation). Nothing here reads a live conversation.

export interface DashboardQuery {
  organisationId: string;
  /** null: every team of the organisation. */
  teamIds: string[] | null;
  threshold: number;
  /** First days of the first and the last quarter. */
  from: Date | null;
  to: Date | null;
  phase: string | null;
  instrument: string | null;
}

/** The blocks of one item, side and quarter, added up. */
export interface RatingSum extends BlockSum {
  instrumentKey: string;
  itemKey: string;
  quarter: string;
}

/** The query for a scope (see dashboardScope in lib/auth/gate) under the address's filters. */
export function dashboardQuery(scope: DashboardScope, filters: TDashboardFilters, threshold: number): DashboardQuery {
  return {
    organisationId: scope.organisationId,
    teamIds: scope.teamId ? [scope.teamId] : null,
    threshold,
    from: filters.from ? quarterStart(filters.from) : null,
    to: filters.to ? quarterStart(filters.to) : null,
    phase: filters.phase ?? null,
    instrument: filters.instrument ?? null,
  };
}

/** Everything the figures are made of, read at once; activity only for one team. */
export async function readBlocks(query: DashboardQuery, teamId: string | null) {
  const [ratings, totals, activity] = await Promise.all([
    ratingSums(query),
    conversationTotals(query),
    teamId ? professionalActivity(query, teamId) : Promise.resolve(null),
  ]);
  return { ratings, totals, activity };
}

export type Blocks = Awaited<ReturnType<typeof readBlocks>>;

/** Which blocks a query covers: scope, period and phase. */
function blockFilter(query: DashboardQuery): Prisma.Sql {
  const parts = [Prisma.sql`b."organisationId" = ${query.organisationId}`];
  if (query.teamIds) parts.push(Prisma.sql`b."teamId" IN (${Prisma.join(query.teamIds)})`);
  if (query.from) parts.push(Prisma.sql`b."quarter" >= ${query.from}::date`);
  if (query.to) parts.push(Prisma.sql`b."quarter" <= ${query.to}::date`);
  if (query.phase) parts.push(Prisma.sql`b."phaseKey" = ${query.phase}`);
  return Prisma.join(parts, " AND ");
}

/** Per item, side and quarter: the sums of the blocks that count. */
async function ratingSums(query: DashboardQuery): Promise<RatingSum[]> {
  // An item belongs to one instrument, so the instrument filter picks whole item blocks.
  const where = query.instrument ? Prisma.sql`${blockFilter(query)} AND b."instrumentKey" = ${query.instrument}` : blockFilter(query);
  return db.$queryRaw<RatingSum[]>`
    SELECT b."instrumentKey", b."itemKey", b."side"::text AS side, to_char(b."quarter", 'YYYY-"Q"Q') AS quarter,
           SUM(b."valueSum")::int AS sum, SUM(b."valueCount")::int AS count, MAX(b."families")::int AS families
    FROM "RatingBlock" b
    WHERE ${where} AND b."families" >= ${query.threshold}
    GROUP BY b."instrumentKey", b."itemKey", b."side", b."quarter"`;
}

/**
 * Conversations per phase, families reached and agreements, over the blocks that count. These
 * ignore the instrument filter: one conversation may use several instruments, so "conversations
 * with the praatplaat" and "all conversations" overlap, and their difference could be one family.
 */
async function conversationTotals(query: DashboardQuery) {
  const where = blockFilter(query);
  const [phases, agreementRows, familyRows, firstRows] = await Promise.all([
    db.$queryRaw<{ phaseKey: string; count: number; families: number }[]>`
      SELECT b."phaseKey", SUM(b."conversations")::int AS count, MAX(b."families")::int AS families
      FROM "ConversationBlock" b WHERE ${where} AND b."families" >= ${query.threshold} GROUP BY b."phaseKey"`,
    db.$queryRaw<{ done: number; doneOnTime: number; notDone: number; open: number; overdue: number; familiesAtLeast: number }[]>`
      SELECT COALESCE(SUM(b."agreementsDone"), 0)::int AS done, COALESCE(SUM(b."agreementsDoneOnTime"), 0)::int AS "doneOnTime",
             COALESCE(SUM(b."agreementsNotDone"), 0)::int AS "notDone",
             COALESCE(SUM(b."agreementsOpen"), 0)::int AS open, COALESCE(SUM(b."agreementsOverdue"), 0)::int AS overdue,
             COALESCE(MAX(b."agreementFamilies"), 0)::int AS "familiesAtLeast"
      FROM "ConversationBlock" b WHERE ${where} AND b."agreementFamilies" >= ${query.threshold}`,
    // Distinct families cannot be summed from blocks: count them in the conversations of the
    // blocks that count.
    db.$queryRaw<{ families: number }[]>`
      SELECT COUNT(DISTINCT bc."familyId")::int AS families
      FROM "ConversationBlock" b JOIN "BlockConversation" bc ON bc."teamId" = b."teamId" AND bc."quarter" = b."quarter" AND bc."phaseKey" = b."phaseKey"
      WHERE ${where} AND b."families" >= ${query.threshold}`,
    db.$queryRaw<{ first: Date | null }[]>`
      SELECT MIN(b."quarter") AS first FROM "ConversationBlock" b
      WHERE ${blockFilter({ ...query, from: null, to: null, phase: null })} AND b."families" >= ${query.threshold}`,
  ]);
  return {
    phases,
    conversations: phases.reduce((total, phase) => total + phase.count, 0),
    families: familyRows[0].families,
    agreements: agreementRows[0],
    firstQuarter: firstRows[0]?.first ?? null,
  };
}

/**
 * How active each professional of the team is: conversations held in the chosen period and phase,
 * and what became of all the agreements made in their conversations so far. Never their pairs'
 * answers. Read from the published blocks, so it moves only when they do. The agreements ignore
 * the filters and show only when they concern at least the threshold of families: two periods'
 * agreements subtracted could otherwise be one family's.
 */
async function professionalActivity(query: DashboardQuery, teamId: string): Promise<ProfessionalActivity[]> {
  const inView = [Prisma.sql`true`];
  if (query.from) inView.push(Prisma.sql`bc."quarter" >= ${query.from}::date`);
  if (query.to) inView.push(Prisma.sql`bc."quarter" <= ${query.to}::date`);
  if (query.phase) inView.push(Prisma.sql`bc."phaseKey" = ${query.phase}`);
  const rows = await db.$queryRaw<{ name: string; conversations: number; done: number; notDone: number; open: number; families: number }[]>`
    SELECT u."name", COUNT(bc."conversationId") FILTER (WHERE ${Prisma.join(inView, " AND ")})::int AS conversations,
           COALESCE(SUM(bc."agreementsDone"), 0)::int AS done, COALESCE(SUM(bc."agreementsNotDone"), 0)::int AS "notDone",
           COALESCE(SUM(bc."agreementsOpen"), 0)::int AS open,
           COUNT(DISTINCT bc."familyId") FILTER (WHERE bc."agreementsDone" + bc."agreementsNotDone" + bc."agreementsOpen" > 0)::int AS families
    FROM "User" u JOIN "TeamMembership" m ON m."userId" = u."id" AND m."teamId" = ${teamId}
    LEFT JOIN "BlockConversation" bc ON bc."teamId" = ${teamId} AND bc."professionalId" = u."id"
    WHERE u."organisationId" = ${query.organisationId} AND u."role" = 'PROFESSIONAL' AND u."active"
    GROUP BY u."id", u."name" ORDER BY u."name"`;
  return rows.map((row) => ({
    name: row.name,
    conversations: row.conversations,
    agreements: suppress(row.families, query.threshold, { done: row.done, notDone: row.notDone, open: row.open, familiesAtLeast: row.families }),
  }));
}
