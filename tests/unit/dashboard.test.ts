import { describe, expect, it } from "vitest";
import { dashboardCsv } from "@/lib/dashboard/csv";
import { effectiveThreshold, roundAverage, suppress } from "@/lib/dashboard/suppression";
import type { Dashboard } from "@/lib/data/dashboard";

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
    instruments: [],
    overview: { suppressed: false, conversations: 12, families: 6 },
    items: [
      {
        instrumentKey: "praatplaat",
        instrumentName: "Praatplaat",
        itemKey: "x",
        title: 'Zeg "ja", of nee',
        clusterKey: null,
        parent: { suppressed: false, average: 3.5, families: 6 },
        professional: { suppressed: true },
        gap: null,
      },
    ],
    clusters: [],
    trend: [],
    phases: [],
    agreements: { suppressed: true },
  };
  const words = {
    tooFew: "te weinig gesprekken",
    headings: ["Deel", "Onderdeel", "Ouders", "Professionals", "Verschil"] as [string, string, string, string, string],
    sections: { overview: "In het kort", items: "Per onderdeel", clusters: "Balans", trend: "Verloop", phases: "Fasen", agreements: "Afspraken" },
    labels: { conversations: "Gesprekken", families: "Gezinnen", done: "Gedaan", notDone: "Niet gedaan", open: "Open", overdue: "Te laat" },
  };

  it("writes the suppressed cells as words, never as numbers, and quotes what needs quoting", () => {
    const lines = dashboardCsv(dashboard, words).replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe("Deel,Onderdeel,Ouders,Professionals,Verschil");
    expect(lines).toContain('Per onderdeel: Praatplaat,"Zeg ""ja"", of nee",3.5,te weinig gesprekken,');
    expect(lines).toContain("Afspraken,Gedaan,te weinig gesprekken,,");
    expect(lines).toContain("In het kort,Gesprekken,12,,");
  });
});
