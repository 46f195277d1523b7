import { describe, expect, it } from "vitest";
import type { Dashboard, DashboardItem, SideAverage } from "@/lib/dashboard/types";
import { HIGHLIGHTS_SHOWN, dashboardView } from "@/lib/dashboard/view";

// What a team lead sees picked out at the top of /resultaten: the largest gaps where
// professionals rate higher than parents experience it, and the strengths both sides share.

const average = (value: number | null): SideAverage => (value === null ? { suppressed: true } : { suppressed: false, average: value, familiesAtLeast: 5 });

function item(itemKey: string, parent: number | null, professional: number | null, instrumentName = "Twaalf vragen"): DashboardItem {
  const gap = parent === null || professional === null ? null : Math.round((professional - parent) * 10) / 10;
  return { instrumentKey: instrumentName, instrumentName, itemKey, title: itemKey, clusterKey: null, parent: average(parent), professional: average(professional), gap };
}

function dashboard(items: DashboardItem[], extra: Partial<Dashboard> = {}): Dashboard {
  return {
    threshold: 5,
    teams: [{ id: "team-a", name: "Team Noord" }],
    teamId: "team-a",
    quarters: [],
    instruments: [{ key: "praatplaat", name: "Praatplaat" }],
    overview: { suppressed: true },
    items,
    clusters: [],
    trend: [],
    phases: [{ key: "main", name: "Tijdens", conversations: { suppressed: true } }],
    agreements: { suppressed: true },
    activity: null,
    ...extra,
  };
}

const keys = (items: DashboardItem[]) => items.map((entry) => entry.itemKey);

describe("the largest gaps", () => {
  it("puts the largest gap first and shows five at most", () => {
    const items = [item("a", 3, 3.5), item("b", 2, 4.5), item("c", 3, 4), item("d", 3.5, 3.8), item("e", 1, 4), item("f", 2.5, 4.5), item("g", 3.9, 4)];
    const { gaps } = dashboardView(dashboard(items), {});
    expect(HIGHLIGHTS_SHOWN).toBe(5);
    expect(keys(gaps)).toEqual(["e", "b", "f", "c", "a"]);
  });

  it("keeps the questionnaire's order between equal gaps", () => {
    const { gaps } = dashboardView(dashboard([item("first", 3, 4), item("larger", 2, 4), item("second", 2.5, 3.5)]), {});
    expect(keys(gaps)).toEqual(["larger", "first", "second"]);
  });

  it("never shows where parents rate higher, no difference, or a side with too few families", () => {
    const { gaps } = dashboardView(dashboard([item("parents higher", 4.5, 3), item("equal", 4, 4), item("hidden", null, 4.8), item("shown", 3, 3.1)]), {});
    expect(keys(gaps)).toEqual(["shown"]);
  });
});

describe("the shared strengths", () => {
  it("are the items both sides rate 4 or higher, in the questionnaire's order, five at most", () => {
    const items = [item("a", 4, 4), item("b", 3.9, 5), item("c", 5, 4.2), item("d", 4.5, 3.9), item("e", 4.1, 4.1), item("f", 4, 5), item("g", 4.8, 4.4), item("h", 4, 4)];
    expect(keys(dashboardView(dashboard(items), {}).strengths)).toEqual(["a", "c", "e", "f", "g"]);
  });

  it("leave out an item where either side has too few families", () => {
    expect(dashboardView(dashboard([item("parents hidden", null, 5), item("professionals hidden", 5, null)]), {}).strengths).toEqual([]);
  });
});

describe("the rest of the view", () => {
  it("lists every item per instrument, instruments in the order they come", () => {
    const items = [item("q1", 3, 3), item("p1", 3, 3, "Praatplaat"), item("q2", 3, 3)];
    expect(dashboardView(dashboard(items), {}).instruments.map(({ name, items: rows }) => [name, keys(rows)])).toEqual([
      ["Twaalf vragen", ["q1", "q2"]],
      ["Praatplaat", ["p1"]],
    ]);
  });

  it("addresses the CSV download to exactly this view, team included", () => {
    expect(dashboardView(dashboard([]), { phase: "main", from: "2026-Q1" }).query).toBe("phase=main&from=2026-Q1&teamId=team-a");
    expect(dashboardView(dashboard([], { teamId: null }), {}).query).toBe("");
  });

  it("names the view for paper, and says nothing where the filter is 'all'", () => {
    expect(dashboardView(dashboard([]), { phase: "main", instrument: "praatplaat", to: "2026-Q2" }).names).toEqual({
      team: "Team Noord",
      from: null,
      to: "2026-Q2",
      phase: "Tijdens",
      instrument: "Praatplaat",
    });
    expect(dashboardView(dashboard([], { teamId: null }), {}).names).toEqual({ team: null, from: null, to: null, phase: null, instrument: null });
  });
});
