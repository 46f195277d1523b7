import type { SideAverage } from "./types";
import { viewFilters, type DashboardView, type ViewWords } from "./view";

export interface CsvWords extends ViewWords {
  tooFew: string;
  /** The first line: what this file is. */
  title: string;
  /** The labels of the header block: which view, under which threshold, downloaded when. */
  header: { team: string; period: string; phase: string; instrument: string; threshold: string; exportedAt: string };
  /** Part of the results, what, count, parents' average, professionals' average, difference. */
  headings: [string, string, string, string, string, string];
  sections: { overview: string; items: string; clusters: string; trend: string; phases: string; agreements: string; activity: string };
  labels: { conversations: string; families: string; done: string; doneOnTime: string; notDone: string; open: string; overdue: string; activityConversations: string };
}

type Cell = string | number;

// Exactly what the screen shows, suppression included: never a figure the screen hides. Written
// for Dutch Excel, which opens a file by double-clicking: semicolons between the columns, a comma
// in decimals, a byte-order mark so the accents read as UTF-8, and CRLF line ends.

const DELIMITER = ";";

function cell(value: Cell, delimiter: "," | ";"): string {
  // A typed label starting with = + - @ would run as a formula in a spreadsheet: make it text.
  // Plain numbers ("-0,5", a gap) stay numbers.
  const formula = typeof value === "string" && /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value);
  const text = formula ? `'${value}` : String(value);
  // With semicolons, a decimal comma is no separator, so "3,5" stays a bare number.
  const special = delimiter === "," ? /[",;\n\r]/ : /[";\n\r]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One decimal, with a decimal comma: "3,5". */
export function decimal(value: number): string {
  return value.toFixed(1).replace(".", ",");
}

function average(value: SideAverage, tooFew: string): string {
  return value.suppressed ? tooFew : decimal(value.average);
}

/** The header block: the filters that made this view, the threshold, and when it was downloaded. */
function headerRows(view: DashboardView, words: CsvWords, exportedAt: string): Cell[][] {
  const filters = viewFilters(view.names, words);
  const { header } = words;
  return [
    [words.title],
    [header.team, filters.team],
    [header.period, filters.period],
    [header.phase, filters.phase],
    [header.instrument, filters.instrument],
    [header.threshold, view.dashboard.threshold],
    [header.exportedAt, exportedAt],
    [],
  ];
}

export function dashboardCsv(view: DashboardView, words: CsvWords, exportedAt: string): string {
  const { dashboard } = view;
  const { tooFew, sections, labels } = words;
  const rows: Cell[][] = [...headerRows(view, words, exportedAt), words.headings];
  const count = (section: string, what: string, value: number | null) => rows.push([section, what, value ?? tooFew, "", "", ""]);
  const { overview, agreements } = dashboard;
  count(sections.overview, labels.conversations, overview.suppressed ? null : overview.conversations);
  count(sections.overview, labels.families, overview.suppressed ? null : overview.families);
  for (const item of dashboard.items) {
    rows.push([`${sections.items}: ${item.instrumentName}`, item.title, "", average(item.parent, tooFew), average(item.professional, tooFew), item.gap === null ? "" : decimal(item.gap)]);
  }
  for (const cluster of dashboard.clusters) {
    rows.push([sections.clusters, cluster.name, "", average(cluster.parent, tooFew), average(cluster.professional, tooFew), ""]);
  }
  for (const period of dashboard.trend) {
    rows.push([sections.trend, words.quarter(period.quarter), "", average(period.parent, tooFew), average(period.professional, tooFew), ""]);
  }
  for (const phase of dashboard.phases) count(sections.phases, phase.name, phase.conversations.suppressed ? null : phase.conversations.count);
  for (const key of ["done", "doneOnTime", "notDone", "open", "overdue"] as const) count(sections.agreements, labels[key], agreements.suppressed ? null : agreements[key]);
  for (const person of dashboard.activity ?? []) {
    count(sections.activity, `${person.name}: ${labels.activityConversations}`, person.conversations);
    for (const key of ["done", "notDone", "open"] as const) count(sections.activity, `${person.name}: ${labels[key]}`, person.agreements.suppressed ? null : person.agreements[key]);
  }
  return toCsv(rows, DELIMITER);
}

/**
 * Rows as CSV, with a byte-order mark so spreadsheet programs read the accents as UTF-8. A
 * semicolon is what Dutch Excel opens into columns by double-clicking (the import's templates).
 */
export function toCsv(rows: Cell[][], delimiter: "," | ";" = ","): string {
  return "\uFEFF" + rows.map((row) => row.map((value) => cell(value, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
