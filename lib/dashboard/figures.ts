import type { TDashboardFilters } from "@/lib/validations/dashboard";
import { gapOf, sideAverages } from "./aggregate";
import type { Blocks } from "./queries";
import { quarterOf, quartersBetween } from "./quarters";
import type { Dashboard, DashboardContent, DashboardItem, DashboardScope } from "./types";

// The blocks' sums put together into the dashboard's figures, titled with the instrument content.
// Every figure is a sum of whole blocks that each stand for at least the threshold of families
// (the queries leave out the rest), so nothing here can single out a family.

export interface FiguresInput {
  scope: DashboardScope;
  filters: TDashboardFilters;
  threshold: number;
  blocks: Blocks;
  content: DashboardContent;
}

export function dashboardFigures({ scope, filters, threshold, blocks, content }: FiguresInput): Dashboard {
  const { ratings, totals, activity } = blocks;
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
        description: cluster.description,
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
