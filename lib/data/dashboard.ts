import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { effectiveThreshold, roundAverage, suppress, type Suppressible } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardFilters } from "@/lib/validations/dashboard";
import { getInstrumentCatalogue } from "./instruments";

// The team lead's and the admin's view of results. Only conversations whose parent consented
// and that were revealed count; every figure carries how many distinct families stand behind it
// and is suppressed below the organisation's threshold. No individual answer ever leaves here.

export type SideAverage = Suppressible<{ average: number; families: number }>;

export interface DashboardItem {
  instrumentKey: string;
  instrumentName: string;
  itemKey: string;
  title: string;
  clusterKey: string | null;
  parent: SideAverage;
  professional: SideAverage;
  /** professional minus parent, when both sides are shown. */
  gap: number | null;
}

export interface Dashboard {
  threshold: number;
  teams: { id: string; name: string }[];
  /** The team the figures are about; null for the whole organisation (admin). */
  teamId: string | null;
  /** The instruments to filter by. */
  instruments: { key: string; name: string }[];
  overview: Suppressible<{ conversations: number; families: number }>;
  items: DashboardItem[];
  clusters: { key: string; name: string; parent: SideAverage; professional: SideAverage }[];
  trend: { month: string; parent: SideAverage; professional: SideAverage }[];
  phases: { key: string; name: string; conversations: Suppressible<{ count: number; families: number }> }[];
  agreements: Suppressible<{ done: number; notDone: number; open: number; overdue: number; families: number }>;
}

type Scope = { organisationId: string; teamIds: string[]; teams: { id: string; name: string }[]; teamId: string | null };

/** Which teams this user may see figures of; null for a professional (no dashboard). */
async function scopeFor(user: SessionUser, filters: TDashboardFilters): Promise<Scope | null> {
  if (user.role === "PROFESSIONAL") return null;
  const teams = await db.team.findMany({
    where: user.role === "ADMIN" ? { organisationId: user.organisationId } : { organisationId: user.organisationId, id: { in: user.teamIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (teams.length === 0) return null;
  const chosen = teams.find((team) => team.id === filters.teamId);
  // A team lead always looks at one team; an admin at the organisation unless they choose one.
  const teamId = chosen?.id ?? (user.role === "ADMIN" ? null : teams[0].id);
  return { organisationId: user.organisationId, teams, teamId, teamIds: teamId ? [teamId] : teams.map((team) => team.id) };
}

function conversationFilter(scope: Scope, filters: TDashboardFilters): Prisma.Sql {
  const parts = [
    Prisma.sql`c."organisationId" = ${scope.organisationId}`,
    Prisma.sql`c."teamId" IN (${Prisma.join(scope.teamIds)})`,
    Prisma.sql`c."consentToAggregate" = true`,
    Prisma.sql`c."status" = 'REVEALED'`,
  ];
  if (filters.from) parts.push(Prisma.sql`c."createdAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to) parts.push(Prisma.sql`c."createdAt" < ${new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)}`);
  if (filters.phase) parts.push(Prisma.sql`c."phaseKey" = ${filters.phase}`);
  if (filters.instrument) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ConversationItem" fci JOIN "Item" fi ON fi."id" = fci."itemId"
      JOIN "InstrumentVersion" fiv ON fiv."id" = fi."instrumentVersionId" JOIN "Instrument" fin ON fin."id" = fiv."instrumentId"
      WHERE fci."conversationId" = c."id" AND fin."key" = ${filters.instrument})`);
  }
  return Prisma.join(parts, " AND ");
}

type SideRow = { side: "PARENT" | "PROFESSIONAL"; average: number; families: number };

function sides(rows: SideRow[], threshold: number): { parent: SideAverage; professional: SideAverage } {
  const of = (side: SideRow["side"]): SideAverage => {
    const row = rows.find((candidate) => candidate.side === side);
    return row ? suppress(row.families, threshold, { average: roundAverage(row.average), families: row.families }) : { suppressed: true };
  };
  return { parent: of("PARENT"), professional: of("PROFESSIONAL") };
}

export async function getDashboard(user: SessionUser, filters: TDashboardFilters, locale: string): Promise<Dashboard | null> {
  const scope = await scopeFor(user, filters);
  if (!scope) return null;
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId }, select: { anonymityThreshold: true } });
  const threshold = effectiveThreshold(organisation.anonymityThreshold);
  const where = conversationFilter(scope, filters);
  const instrumentOnly = filters.instrument ? Prisma.sql`AND ins."key" = ${filters.instrument}` : Prisma.empty;

  const [itemRows, clusterRows, trendRows, phaseRows, agreementRows, overviewRows, content] = await Promise.all([
    db.$queryRaw<(SideRow & { instrumentKey: string; itemKey: string })[]>`
      SELECT ins."key" AS "instrumentKey", i."key" AS "itemKey", r."side"::text AS side,
             AVG(r."value")::float8 AS average, COUNT(DISTINCT c."familyId")::int AS families
      FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
      JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
      WHERE ${where} AND r."value" IS NOT NULL AND i."kind" <> 'OPEN_THEME' ${instrumentOnly}
      GROUP BY ins."key", i."key", r."side"`,
    db.$queryRaw<(SideRow & { clusterKey: string })[]>`
      SELECT cl."key" AS "clusterKey", r."side"::text AS side, AVG(r."value")::float8 AS average, COUNT(DISTINCT c."familyId")::int AS families
      FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId" JOIN "Cluster" cl ON cl."id" = i."clusterId"
      WHERE ${where} AND r."value" IS NOT NULL
      GROUP BY cl."key", r."side"`,
    db.$queryRaw<(SideRow & { month: string })[]>`
      SELECT to_char(date_trunc('month', c."createdAt"), 'YYYY-MM') AS month, r."side"::text AS side,
             AVG(r."value")::float8 AS average, COUNT(DISTINCT c."familyId")::int AS families
      FROM "Rating" r JOIN "Conversation" c ON c."id" = r."conversationId" JOIN "Item" i ON i."id" = r."itemId"
      JOIN "InstrumentVersion" iv ON iv."id" = i."instrumentVersionId" JOIN "Instrument" ins ON ins."id" = iv."instrumentId"
      WHERE ${where} AND r."value" IS NOT NULL ${instrumentOnly}
      GROUP BY 1, r."side" ORDER BY 1`,
    db.$queryRaw<{ phaseKey: string; count: number; families: number }[]>`
      SELECT c."phaseKey", COUNT(*)::int AS count, COUNT(DISTINCT c."familyId")::int AS families
      FROM "Conversation" c WHERE ${where} GROUP BY c."phaseKey"`,
    db.$queryRaw<{ done: number; notDone: number; open: number; overdue: number; families: number }[]>`
      SELECT COUNT(*) FILTER (WHERE a."status" = 'DONE')::int AS done,
             COUNT(*) FILTER (WHERE a."status" = 'NOT_DONE')::int AS "notDone",
             COUNT(*) FILTER (WHERE a."status" = 'OPEN')::int AS open,
             COUNT(*) FILTER (WHERE a."status" = 'OPEN' AND a."dueDate" < CURRENT_DATE)::int AS overdue,
             COUNT(DISTINCT a."familyId")::int AS families
      FROM "Agreement" a JOIN "Conversation" c ON c."id" = a."conversationId" WHERE ${where}`,
    db.$queryRaw<{ conversations: number; families: number }[]>`
      SELECT COUNT(*)::int AS conversations, COUNT(DISTINCT c."familyId")::int AS families FROM "Conversation" c WHERE ${where}`,
    loadContent(locale),
  ]);

  const items: DashboardItem[] = content.items
    .filter((item) => !filters.instrument || item.instrumentKey === filters.instrument)
    .map((item) => {
      const both = sides(
        itemRows.filter((row) => row.instrumentKey === item.instrumentKey && row.itemKey === item.itemKey),
        threshold,
      );
      const gap = !both.parent.suppressed && !both.professional.suppressed ? roundAverage(both.professional.average - both.parent.average) : null;
      return { ...item, ...both, gap };
    });
  const overview = overviewRows[0] ?? { conversations: 0, families: 0 };
  const agreements = agreementRows[0] ?? { done: 0, notDone: 0, open: 0, overdue: 0, families: 0 };
  return {
    threshold,
    teams: scope.teams,
    teamId: scope.teamId,
    instruments: content.instruments,
    overview: suppress(overview.families, threshold, overview),
    items,
    clusters: content.clusters.map((cluster) => ({ ...cluster, ...sides(clusterRows.filter((row) => row.clusterKey === cluster.key), threshold) })),
    trend: [...new Set(trendRows.map((row) => row.month))].map((month) => ({
      month,
      ...sides(trendRows.filter((row) => row.month === month), threshold),
    })),
    phases: content.phases.map((phase) => {
      const row = phaseRows.find((candidate) => candidate.phaseKey === phase.key) ?? { count: 0, families: 0 };
      return { ...phase, conversations: suppress(row.families, threshold, { count: row.count, families: row.families }) };
    }),
    agreements: suppress(agreements.families, threshold, agreements),
  };
}

/** Titles from the latest version of each instrument; figures are grouped by stable item key. */
async function loadContent(locale: string) {
  const catalogue = await getInstrumentCatalogue(locale);
  return {
    items: catalogue.instruments.flatMap((instrument) =>
      instrument.items
        .filter((item) => item.kind !== "OPEN_THEME")
        .map((item) => ({
          instrumentKey: instrument.key,
          instrumentName: instrument.name,
          itemKey: item.key,
          title: item.title,
          clusterKey: item.clusterKey,
        })),
    ),
    instruments: catalogue.instruments.map((instrument) => ({ key: instrument.key, name: instrument.name })),
    clusters: catalogue.instruments.flatMap((instrument) => instrument.clusters.map((cluster) => ({ key: cluster.key, name: cluster.name }))),
    phases: catalogue.phases.map((phase) => ({ key: phase.key, name: phase.name })),
  };
}
