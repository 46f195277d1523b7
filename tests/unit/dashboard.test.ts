import { describe, expect, it } from "vitest";
import { gapOf, sideAverages } from "@/lib/dashboard/aggregate";
import { dashboardCsv, toCsv, type CsvWords } from "@/lib/dashboard/csv";
import { effectiveThreshold, roundAverage, suppress } from "@/lib/dashboard/suppression";
import { quarterOf, quarterParts, quartersBetween, quarterStart } from "@/lib/dashboard/quarters";
import type { Dashboard, SideAverage } from "@/lib/dashboard/types";
import { dashboardView, largestGaps, sharedStrengths } from "@/lib/dashboard/view";
import { ZDashboardFilters } from "@/lib/validations/dashboard";

describe("suppression", () => {
  it("shows a figure only with enough distinct families behind it", () => {
    expect(suppress(4, 5, { average: 3.2 })).toEqual({ suppressed: true });
    expect(suppress(5, 5, { average: 3.2 })).toEqual({ suppressed: false, average: 3.2 });
  });

  it("never lets the threshold go below 3", () => {
    expect(effectiveThreshold(1)).toBe(3);
    expect(effectiveThreshold(5)).toBe(5);
  });

  it("rounds averages to one decimal", () => {
    expect(roundAverage(3.25)).toBe(3.3);
    expect(roundAverage(4)).toBe(4);
  });
});

describe("dashboardCsv", () => {
  const dashboard: Dashboard = {
    threshold: 5,
    teams: [{ id: "team-1", name: "De Boomhut" }],
    teamId: "team-1",
    quarters: [],
    instruments: [{ key: "praatplaat", name: "Praatplaat" }],
    overview: { suppressed: false, conversations: 12, families: 6 },
    items: [
      {
        instrumentKey: "praatplaat",
        instrumentName: "Praatplaat",
        itemKey: "x",
        title: 'Zeg "ja"; of nee',
        clusterKey: null,
        parent: { suppressed: false, average: 3.5, familiesAtLeast: 6 },
        professional: { suppressed: true },
        gap: null,
      },
      {
        instrumentKey: "praatplaat",
        instrumentName: "Praatplaat",
        itemKey: "y",
        title: "Sta dichtbij",
        clusterKey: null,
        parent: { suppressed: false, average: 2.75, familiesAtLeast: 6 },
        professional: { suppressed: false, average: 4.25, familiesAtLeast: 6 },
        gap: 1.5,
      },
    ],
    clusters: [
      { key: "educational", name: "Onderwijskundig partnerschap", description: "Samen leren.", parent: { suppressed: false, average: 3.1, familiesAtLeast: 6 }, professional: { suppressed: false, average: 4, familiesAtLeast: 6 } },
    ],
    trend: [{ quarter: "2026-Q3", parent: { suppressed: true }, professional: { suppressed: false, average: 4, familiesAtLeast: 5 } }],
    phases: [{ key: "main", name: "Hoofdtraject", conversations: { suppressed: false, count: 12, familiesAtLeast: 6 } }],
    agreements: { suppressed: false, done: 7, doneOnTime: 4, notDone: 2, open: 5, overdue: 3, familiesAtLeast: 6 },
    activity: [{ name: "Priya", conversations: 17, agreements: { suppressed: true } }],
  };
  const words: CsvWords = {
    tooFew: "te weinig gesprekken",
    title: "Samenspraak – resultaten",
    header: { team: "Team", period: "Periode", phase: "Fase", instrument: "Instrument", threshold: "Minimaal aantal gezinnen", exportedAt: "Gedownload op" },
    headings: ["Deel van de resultaten", "Wat", "Aantal", "Gemiddelde ouders", "Gemiddelde professionals", "Verschil"],
    sections: { overview: "In het kort", items: "Per onderdeel", clusters: "Balans", trend: "Verloop", phases: "Fasen", agreements: "Afspraken", activity: "Activiteit" },
    labels: {
      conversations: "Besproken gesprekken",
      families: "Gezinnen",
      done: "Gedaan",
      doneOnTime: "Op tijd gedaan (deel van Gedaan)",
      notDone: "Niet gedaan",
      open: "Open",
      overdue: "Te laat (deel van Open)",
      activityConversations: "Eigen gesprekken",
    },
    wholeOrganisation: "Hele organisatie",
    fromStart: "Vanaf het begin",
    untilNow: "Tot nu",
    all: "Alle",
    quarter: (key: string) => `kwartaal ${key}`,
  };
  const view = dashboardView(dashboard, { from: "2026-Q1", phase: "main" });
  const csv = dashboardCsv(view, words, "23 november 2026 om 17:45");

  /** How Dutch Excel reads it: semicolons between cells (not inside quotes), CRLF between rows. */
  function parseDutch(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let value = "";
    let quoted = false;
    const endCell = () => {
      row.push(value);
      value = "";
    };
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (quoted && char === '"' && text[index + 1] === '"') {
        value += '"';
        index++;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (!quoted && char === ";") {
        endCell();
      } else if (!quoted && char === "\r" && text[index + 1] === "\n") {
        endCell();
        rows.push(row);
        row = [];
        index++;
      } else {
        value += char;
      }
    }
    return rows;
  }
  const shown = (value: SideAverage) => (value.suppressed ? Number.NaN : Number(value.average.toFixed(1)));
  const dutchNumber = (cell: string) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(",", ".")) : Number.NaN);

  it("starts with a UTF-8 byte-order mark and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("records the filters that made the view, the threshold and when it was downloaded", () => {
    const rows = parseDutch(csv.slice(1));
    expect(rows.slice(0, 8)).toEqual([
      ["Samenspraak – resultaten"],
      ["Team", "De Boomhut"],
      ["Periode", "kwartaal 2026-Q1 – Tot nu"],
      ["Fase", "Hoofdtraject"],
      ["Instrument", "Alle"],
      ["Minimaal aantal gezinnen", "5"],
      ["Gedownload op", "23 november 2026 om 17:45"],
      [""],
    ]);
    expect(rows[8]).toEqual(words.headings);
  });

  it("reads in Dutch Excel as the view's own numbers, with decimal commas and semicolons", () => {
    const rows = parseDutch(csv.slice(1)).slice(9);
    const find = (section: string, what: string) => rows.find((row) => row[0] === section && row[1] === what)!;
    expect(rows.every((row) => row.length === 6)).toBe(true);
    const gap = find("Per onderdeel: Praatplaat", "Sta dichtbij");
    const item = view.instruments[0].items[1];
    expect([dutchNumber(gap[3]), dutchNumber(gap[4]), dutchNumber(gap[5])]).toEqual([shown(item.parent), shown(item.professional), item.gap]);
    expect(gap[3]).toBe("2,8");
    // A title with a semicolon and quotes stays one cell.
    expect(find("Per onderdeel: Praatplaat", 'Zeg "ja"; of nee').slice(3)).toEqual(["3,5", "te weinig gesprekken", ""]);
    expect(dutchNumber(find("Balans", "Onderwijskundig partnerschap")[3])).toBe(3.1);
    expect(dutchNumber(find("In het kort", "Besproken gesprekken")[2])).toBe(12);
    expect(dutchNumber(find("Fasen", "Hoofdtraject")[2])).toBe(12);
    const agreements = Object.fromEntries(rows.filter((row) => row[0] === "Afspraken").map((row) => [row[1], dutchNumber(row[2])]));
    expect(agreements).toEqual({ Gedaan: 7, "Op tijd gedaan (deel van Gedaan)": 4, "Niet gedaan": 2, Open: 5, "Te laat (deel van Open)": 3 });
    expect(find("Activiteit", "Priya: Eigen gesprekken")[2]).toBe("17");
    expect(find("Activiteit", "Priya: Gedaan")[2]).toBe("te weinig gesprekken");
    expect(find("Verloop", "kwartaal 2026-Q3").slice(3)).toEqual(["te weinig gesprekken", "4,0", ""]);
    // No number anywhere with a decimal point, which Dutch Excel would read as text or a date.
    expect(rows.flat().some((cell) => /^-?\d+\.\d+$/.test(cell))).toBe(false);
  });

  it("keeps a label that looks like a formula as text", () => {
    expect(toCsv([["=SUM(A1)", "-0,5", "3,5"]], ";")).toBe("\uFEFF'=SUM(A1);-0,5;3,5\r\n");
  });
});

describe("quarters", () => {
  it("turn dates into the quarters the dashboard counts in, and back", () => {
    expect(quarterOf(new Date("2026-03-31T23:59:00Z"))).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-04-01T00:00:00Z"))).toBe("2026-Q2");
    expect(quarterStart("2026-Q4").toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(quarterParts("2025-Q3")).toEqual({ year: 2025, quarter: 3 });
  });

  it("list every quarter of a period across a new year", () => {
    expect(quartersBetween("2025-Q3", "2026-Q2")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quartersBetween("2026-Q2", "2026-Q2")).toEqual(["2026-Q2"]);
  });

  it("accept only whole quarters as a period in the address; anything else means no limit", () => {
    expect(ZDashboardFilters.parse({ from: "2026-Q1", to: "2026-Q4" })).toMatchObject({ from: "2026-Q1", to: "2026-Q4" });
    expect(ZDashboardFilters.parse({ from: "2026-03-14", to: "2026-Q5" })).toMatchObject({ from: undefined, to: undefined });
  });
});

describe("adding up blocks", () => {
  const block = (side: "PARENT" | "PROFESSIONAL", sum: number, count: number, families: number) => ({ side, sum, count, families });

  it("weighs every answer equally across blocks, and keeps only the sure family count", () => {
    // 3 answers averaging 2, and 7 averaging 4: (6 + 28) / 10 = 3.4, not the mean of means (3).
    expect(sideAverages([block("PARENT", 6, 3, 5), block("PARENT", 28, 7, 6), block("PROFESSIONAL", 45, 10, 6)])).toEqual({
      parent: { suppressed: false, average: 3.4, familiesAtLeast: 6 },
      professional: { suppressed: false, average: 4.5, familiesAtLeast: 6 },
    });
  });

  it("has no figure for a side without blocks, and then no gap", () => {
    const { parent, professional } = sideAverages([block("PROFESSIONAL", 20, 5, 5)]);
    expect(parent).toEqual({ suppressed: true });
    expect(gapOf(parent, professional)).toBeNull();
  });

  it("puts the largest gap where professionals rate higher first, and never a gap the other way", () => {
    const rated = (key: string, parent: number, professional: number) => ({
      key,
      parent: { suppressed: false as const, average: parent, familiesAtLeast: 5 },
      professional: { suppressed: false as const, average: professional, familiesAtLeast: 5 },
      gap: gapOf({ suppressed: false, average: parent, familiesAtLeast: 5 }, { suppressed: false, average: professional, familiesAtLeast: 5 }),
    });
    const items = [rated("small", 4, 4.3), rated("parents higher", 4.5, 3), rated("large", 2.1, 4.6), rated("strong", 4.2, 4.4), rated("none", 4, 4)];
    expect(largestGaps(items, 2).map((item) => [item.key, item.gap])).toEqual([["large", 2.5], ["small", 0.3]]);
    expect(sharedStrengths(items, 5).map((item) => item.key)).toEqual(["small", "strong", "none"]);
  });
});
