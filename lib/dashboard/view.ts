import type { TDashboardFilters } from "@/lib/validations/dashboard";
import type { Dashboard, DashboardItem, SideAverage } from "./types";

// From the figures to what /resultaten shows and its CSV exports: which items stand out, how the
// items are grouped, and how the view is named and addressed. The components only render this.

/** How many gaps and how many shared strengths the screen picks out. */
export const HIGHLIGHTS_SHOWN = 5;

export interface DashboardView {
  filters: TDashboardFilters;
  dashboard: Dashboard;
  /** Where professionals rate higher than parents experience it, largest first. */
  gaps: DashboardItem[];
  /** Where both sides rate high. */
  strengths: DashboardItem[];
  /** Every item, per instrument, in the catalogue's order. */
  instruments: { name: string; items: DashboardItem[] }[];
  /** The address query of exactly this view, team included: the CSV download's. */
  query: string;
  /** What the figures are about, for paper, where the filter form is gone; null means all. */
  names: { team: string | null; from: string | null; to: string | null; phase: string | null; instrument: string | null };
}

export function dashboardView(dashboard: Dashboard, filters: TDashboardFilters): DashboardView {
  const instrumentNames = [...new Set(dashboard.items.map((item) => item.instrumentName))];
  return {
    filters,
    dashboard,
    gaps: largestGaps(dashboard.items, HIGHLIGHTS_SHOWN),
    strengths: sharedStrengths(dashboard.items, HIGHLIGHTS_SHOWN),
    instruments: instrumentNames.map((name) => ({ name, items: dashboard.items.filter((item) => item.instrumentName === name) })),
    query: new URLSearchParams(Object.entries({ ...filters, teamId: dashboard.teamId ?? "" }).filter(([, value]) => value) as [string, string][]).toString(),
    names: {
      team: dashboard.teams.find((team) => team.id === dashboard.teamId)?.name ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      phase: dashboard.phases.find((phase) => phase.key === filters.phase)?.name ?? null,
      instrument: dashboard.instruments.find((instrument) => instrument.key === filters.instrument)?.name ?? null,
    },
  };
}

/** The words a view's description is made of, in the reader's language. */
export interface ViewWords {
  wholeOrganisation: string;
  fromStart: string;
  untilNow: string;
  all: string;
  /** "3e kwartaal 2025" for "2025-Q3". */
  quarter: (key: string) => string;
}

/** Which view this is, in words: on paper (the filter form is gone) and in the CSV's header. */
export function viewFilters(names: DashboardView["names"], words: ViewWords): { team: string; period: string; phase: string; instrument: string } {
  return {
    team: names.team ?? words.wholeOrganisation,
    period: `${names.from ? words.quarter(names.from) : words.fromStart} – ${names.to ? words.quarter(names.to) : words.untilNow}`,
    phase: names.phase ?? words.all,
    instrument: names.instrument ?? words.all,
  };
}

interface Rated {
  parent: SideAverage;
  professional: SideAverage;
  gap: number | null;
}

/** Where professionals rate the collaboration higher than parents experience it, largest first. */
export function largestGaps<T extends Rated>(items: T[], shown: number): T[] {
  return items
    .filter((item) => item.gap !== null && item.gap > 0)
    .sort((a, b) => b.gap! - a.gap!)
    .slice(0, shown);
}

/** Where both sides rate the collaboration 4 or higher. */
export function sharedStrengths<T extends Rated>(items: T[], shown: number): T[] {
  return items
    .filter((item) => !item.parent.suppressed && !item.professional.suppressed && item.parent.average >= 4 && item.professional.average >= 4)
    .slice(0, shown);
}

/** A suppressed figure is drawn as nothing at all, never as zero. */
export function chartValue(value: SideAverage): number | null {
  return value.suppressed ? null : value.average;
}
