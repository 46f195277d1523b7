import { describe, expect, it } from "vitest";
import { gapOf, sideAverages } from "@/lib/dashboard/aggregate";
import { dashboardCsv } from "@/lib/dashboard/csv";
import { effectiveThreshold, roundAverage, suppress } from "@/lib/dashboard/suppression";
import { quarterOf, quarterParts, quartersBetween, quarterStart } from "@/lib/dashboard/quarters";
import type { Dashboard } from "@/lib/dashboard/types";
import { largestGaps, sharedStrengths } from "@/lib/dashboard/view";
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
    teams: [],
    teamId: null,
    quarters: [],
    instruments: [],
    overview: { suppressed: false, conversations: 12, families: 6 },
    items: [
      {
        instrumentKey: "praatplaat",
        instrumentName: "Praatplaat",
        itemKey: "x",
        title: 'Zeg "ja", of nee',
        clusterKey: null,
        parent: { suppressed: false, average: 3.5, familiesAtLeast: 6 },
        professional: { suppressed: true },
        gap: null,
      },
    ],
    clusters: [],
    trend: [{ quarter: "2026-Q3", parent: { suppressed: true }, professional: { suppressed: false, average: 4, familiesAtLeast: 5 } }],
    phases: [],
    agreements: { suppressed: true },
    activity: [{ name: "Priya", conversations: 3, agreements: { suppressed: true } }],
  };
  const words = {
    tooFew: "te weinig gesprekken",
    headings: ["Deel", "Onderdeel", "Ouders", "Professionals", "Verschil"] as [string, string, string, string, string],
    sections: { overview: "In het kort", items: "Per onderdeel", clusters: "Balans", trend: "Verloop", phases: "Fasen", agreements: "Afspraken", activity: "Activiteit" },
    labels: { conversations: "Gesprekken", families: "Gezinnen", done: "Gedaan", notDone: "Niet gedaan", open: "Open", overdue: "Te laat" },
    quarter: (key: string) => `kwartaal ${key}`,
  };

  it("writes the suppressed cells as words, never as numbers, and quotes what needs quoting", () => {
    const lines = dashboardCsv(dashboard, words).replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe("Deel,Onderdeel,Ouders,Professionals,Verschil");
    expect(lines).toContain('Per onderdeel: Praatplaat,"Zeg ""ja"", of nee",3.5,te weinig gesprekken,');
    expect(lines).toContain("Afspraken,Gedaan,te weinig gesprekken,,");
    expect(lines).toContain("In het kort,Gesprekken,12,,");
    expect(lines).toContain("Verloop,kwartaal 2026-Q3,te weinig gesprekken,4.0,");
    expect(lines).toContain("Activiteit,Priya,Gesprekken,3,");
    expect(lines).toContain("Activiteit,Priya,Gedaan,te weinig gesprekken,");
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
