import type { Dashboard, SideAverage } from "./types";

export interface CsvWords {
  tooFew: string;
  headings: [string, string, string, string, string];
  sections: { overview: string; items: string; clusters: string; trend: string; phases: string; agreements: string; activity: string };
  labels: { conversations: string; families: string; done: string; notDone: string; open: string; overdue: string };
  /** "3e kwartaal 2025" for "2025-Q3". */
  quarter: (key: string) => string;
}

// Exactly what the screen shows, suppression included: never a figure the screen hides.

function cell(value: string | number): string {
  // A typed label starting with = + - @ would run as a formula in a spreadsheet: make it text.
  // Plain numbers ("-0.5", a gap) stay numbers.
  const formula = typeof value === "string" && /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const text = formula ? `'${value}` : String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function average(value: SideAverage, tooFew: string): string {
  return value.suppressed ? tooFew : value.average.toFixed(1);
}

export function dashboardCsv(dashboard: Dashboard, words: CsvWords): string {
  const { tooFew, sections, labels } = words;
  const rows: (string | number)[][] = [words.headings];
  const { overview, agreements } = dashboard;
  rows.push([sections.overview, labels.conversations, overview.suppressed ? tooFew : overview.conversations, "", ""]);
  rows.push([sections.overview, labels.families, overview.suppressed ? tooFew : overview.families, "", ""]);
  for (const item of dashboard.items) {
    rows.push([`${sections.items}: ${item.instrumentName}`, item.title, average(item.parent, tooFew), average(item.professional, tooFew), item.gap === null ? "" : item.gap.toFixed(1)]);
  }
  for (const cluster of dashboard.clusters) {
    rows.push([sections.clusters, cluster.name, average(cluster.parent, tooFew), average(cluster.professional, tooFew), ""]);
  }
  for (const period of dashboard.trend) {
    rows.push([sections.trend, words.quarter(period.quarter), average(period.parent, tooFew), average(period.professional, tooFew), ""]);
  }
  for (const phase of dashboard.phases) {
    rows.push([sections.phases, phase.name, phase.conversations.suppressed ? tooFew : phase.conversations.count, "", ""]);
  }
  for (const key of ["done", "notDone", "open", "overdue"] as const) {
    rows.push([sections.agreements, labels[key], agreements.suppressed ? tooFew : agreements[key], "", ""]);
  }
  for (const person of dashboard.activity ?? []) {
    rows.push([sections.activity, person.name, labels.conversations, person.conversations, ""]);
    for (const key of ["done", "notDone", "open"] as const) {
      rows.push([sections.activity, person.name, labels[key], person.agreements.suppressed ? tooFew : person.agreements[key], ""]);
    }
  }
  return toCsv(rows);
}

/**
 * Rows as CSV, with a byte-order mark so spreadsheet programs read the accents as UTF-8. A
 * semicolon is what Dutch Excel opens into columns by double-clicking (the import's templates).
 */
export function toCsv(rows: (string | number)[][], delimiter: "," | ";" = ","): string {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(delimiter)).join("\r\n") + "\r\n";
}
