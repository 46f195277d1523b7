import "server-only";
import { dashboardScope, type DashboardGrant } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { quarterOf, quartersBetween, quarterStart } from "@/lib/dashboard/quarters";
import { gapOf, sideAverages, type SideAverage } from "@/lib/dashboard/aggregate";
import { effectiveThreshold, type Suppressible } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db";
import type { TDashboardFilters } from "@/lib/validations/dashboard";
import { conversationTotals, professionalActivity, ratingSums, type DashboardQuery } from "./dashboard-queries";
import { getInstrumentCatalogue } from "./instruments";

// The team lead's and the admin's view of results. Only conversations whose parent consented and
// that were revealed count. Every figure is a sum of whole blocks (a team's quarter in one phase)
// that each stand for at least the threshold of distinct families; see RatingBlock in the schema.
// No individual answer ever leaves here.

export type { SideAverage };

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

export interface ProfessionalActivity {
  name: string;
  conversations: number;
  agreements: Suppressible<{ done: number; notDone: number; open: number; familiesAtLeast: number }>;
}

export interface Dashboard {
  threshold: number;
  teams: { id: string; name: string }[];
  /** The team the figures are about; null for the whole organisation (admin). */
  teamId: string | null;
  /** The quarters a period can start or end in, oldest first. */
  quarters: string[];
  instruments: { key: string; name: string }[];
  overview: Suppressible<{ conversations: number; families: number }>;
  items: DashboardItem[];
  clusters: { key: string; name: string; parent: SideAverage; professional: SideAverage }[];
  trend: { quarter: string; parent: SideAverage; professional: SideAverage }[];
  phases: { key: string; name: string; conversations: Suppressible<{ count: number; familiesAtLeast: number }> }[];
  agreements: Suppressible<{ done: number; notDone: number; open: number; overdue: number; familiesAtLeast: number }>;
  /** Per professional, activity only; for one team, never for the whole organisation. */
  activity: ProfessionalActivity[] | null;
}

/** The dashboard this user may see under these filters; null for a professional (no dashboard). */
export async function dashboardFor(user: SessionUser, filters: TDashboardFilters, locale: string): Promise<Dashboard | null> {
  const scope = await dashboardScope(user, filters.teamId);
  return scope ? getDashboard(scope, filters, locale) : null;
}

/** The figures a dashboardScope grant covers (see lib/auth/gate), under these filters. */
export async function getDashboard(scope: DashboardGrant, filters: TDashboardFilters, locale: string): Promise<Dashboard> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: scope.organisationId }, select: { anonymityThreshold: true } });
  const threshold = effectiveThreshold(organisation.anonymityThreshold);
  const query: DashboardQuery = {
    organisationId: scope.organisationId,
    teamIds: scope.teamId ? [scope.teamId] : null,
    threshold,
    from: filters.from ? quarterStart(filters.from) : null,
    to: filters.to ? quarterStart(filters.to) : null,
    phase: filters.phase ?? null,
    instrument: filters.instrument ?? null,
  };
  const [ratings, totals, activity, content] = await Promise.all([
    ratingSums(query),
    conversationTotals(query),
    scope.teamId ? professionalActivity(query, scope.teamId) : Promise.resolve(null),
    loadContent(locale),
  ]);

  const items: DashboardItem[] = content.items
    .filter((item) => !filters.instrument || item.instrumentKey === filters.instrument)
    .map((item) => {
      const both = sideAverages(ratings.filter((row) => row.instrumentKey === item.instrumentKey && row.itemKey === item.itemKey));
      return { ...item, ...both, gap: gapOf(both.parent, both.professional) };
    });
  const clusterOf = new Map(content.items.map((item) => [`${item.instrumentKey}/${item.itemKey}`, item.clusterKey]));
  const firstQuarter = totals.firstQuarter ? quarterOf(totals.firstQuarter) : null;
  const agreements = totals.agreements;
  return {
    threshold,
    teams: scope.teams,
    teamId: scope.teamId,
    quarters: firstQuarter ? quartersBetween(firstQuarter, quarterOf(new Date())) : [],
    instruments: content.instruments,
    overview: totals.families > 0 ? { suppressed: false, conversations: totals.conversations, families: totals.families } : { suppressed: true },
    items,
    clusters: content.clusters
      .filter((cluster) => !filters.instrument || cluster.instrumentKey === filters.instrument)
      .map((cluster) => ({
      key: cluster.key,
      name: cluster.name,
      ...sideAverages(ratings.filter((row) => clusterOf.get(`${row.instrumentKey}/${row.itemKey}`) === cluster.key)),
    })),
    // Every quarter of the period, also those with too few families: a gap in the line says so.
    trend: trendQuarters(firstQuarter, filters).map((quarter) => ({ quarter, ...sideAverages(ratings.filter((row) => row.quarter === quarter)) })),
    phases: content.phases.map((phase) => {
      const row = totals.phases.find((candidate) => candidate.phaseKey === phase.key);
      return { ...phase, conversations: row ? { suppressed: false, count: row.count, familiesAtLeast: row.families } : { suppressed: true } };
    }),
    agreements: agreements.familiesAtLeast > 0 ? { suppressed: false, ...agreements } : { suppressed: true },
    activity,
  };
}

function trendQuarters(firstQuarter: string | null, filters: TDashboardFilters): string[] {
  if (!firstQuarter) return [];
  const first = filters.from && filters.from > firstQuarter ? filters.from : firstQuarter;
  const now = quarterOf(new Date());
  const last = filters.to && filters.to < now ? filters.to : now;
  return first <= last ? quartersBetween(first, last) : [];
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
    clusters: catalogue.instruments.flatMap((instrument) =>
      instrument.clusters.map((cluster) => ({ instrumentKey: instrument.key, key: cluster.key, name: cluster.name })),
    ),
    phases: catalogue.phases.map((phase) => ({ key: phase.key, name: phase.name })),
  };
}
