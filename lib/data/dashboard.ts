import "server-only";
import { dashboardScope, type DashboardGrant } from "@/lib/auth/gate";
import type { SessionUser } from "@/lib/auth/types";
import { dashboardFigures } from "@/lib/dashboard/figures";
import { dashboardQuery, readBlocks } from "@/lib/dashboard/queries";
import { effectiveThreshold } from "@/lib/dashboard/suppression";
import type { Dashboard, DashboardContent } from "@/lib/dashboard/types";
import { dashboardView, type DashboardView } from "@/lib/dashboard/view";
import { db } from "@/lib/db";
import { ZDashboardFilters, type TDashboardFilters } from "@/lib/validations/dashboard";
import { getInstrumentCatalogue } from "./instruments";

// The one way in to the team lead's and the admin's view of results; everything else about the
// dashboard lives in lib/dashboard. Only conversations whose parent consented and that were
// revealed count, and every figure is a sum of whole blocks that each stand for at least the
// threshold of distinct families (see RatingBlock in the schema). No individual answer ever
// leaves here.

/**
 * What /resultaten shows and its CSV exports, for the filters in the address (anything unknown
 * is dropped); null for a professional (no dashboard). The page and the download share it, so
 * the CSV is always exactly the view on screen. The locale comes from the caller: next-intl's
 * request functions need Next's runtime, and the benchmark reads the dashboard without it.
 */
export async function dashboardViewFor(user: SessionUser, params: Record<string, string | string[] | undefined>, locale: string): Promise<DashboardView | null> {
  const filters = ZDashboardFilters.parse(params);
  const dashboard = await dashboardFor(user, filters, locale);
  return dashboard ? dashboardView(dashboard, filters) : null;
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
  const [blocks, content] = await Promise.all([readBlocks(dashboardQuery(scope, filters, threshold), scope.teamId), loadContent(locale)]);
  return dashboardFigures({ scope, filters, threshold, blocks, content });
}

/** Titles from the latest version of each instrument; figures are grouped by stable item key. */
async function loadContent(locale: string): Promise<DashboardContent> {
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
      instrument.clusters.map((cluster) => ({ instrumentKey: instrument.key, key: cluster.key, name: cluster.name, description: cluster.description })),
    ),
    phases: catalogue.phases.map((phase) => ({ key: phase.key, name: phase.name })),
  };
}
