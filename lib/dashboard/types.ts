import type { Suppressible } from "./suppression";

// What the dashboard is made of, from the blocks to the screen: the figures lib/data/dashboard.ts
// hands out, and the content (titles, names) they are shown with.

/** One side's average, or nothing when too few families stand behind it. */
export type SideAverage = Suppressible<{ average: number; familiesAtLeast: number }>;

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
  /** description: one line that says what the cluster's name means, from the instrument content. */
  clusters: { key: string; name: string; description: string; parent: SideAverage; professional: SideAverage }[];
  trend: { quarter: string; parent: SideAverage; professional: SideAverage }[];
  phases: { key: string; name: string; conversations: Suppressible<{ count: number; familiesAtLeast: number }> }[];
  /** doneOnTime is part of done, overdue part of open. */
  agreements: Suppressible<{ done: number; doneOnTime: number; notDone: number; open: number; overdue: number; familiesAtLeast: number }>;
  /** Per professional, activity only; for one team, never for the whole organisation. */
  activity: ProfessionalActivity[] | null;
}

/** The instrument content the figures are shown with, in the reader's language. */
export interface DashboardContent {
  items: Pick<DashboardItem, "instrumentKey" | "instrumentName" | "itemKey" | "title" | "clusterKey">[];
  instruments: { key: string; name: string }[];
  clusters: { instrumentKey: string; key: string; name: string; description: string }[];
  phases: { key: string; name: string }[];
}

/** Whose figures: the organisation, the teams one may choose between, and the chosen team. */
export interface DashboardScope {
  organisationId: string;
  teams: { id: string; name: string }[];
  /** null: the whole organisation (admin). */
  teamId: string | null;
}
