import { describe, expect, it } from "vitest";
import { isMalformedRouterState } from "@/lib/security/router-state";

// The server front answers a router state Next cannot parse with a 400 instead of Next's 500; it
// must never refuse the state a browser on this app sends.

describe("the router state header", () => {
  it("is fine when not sent, and when it is the state Next's router sends", () => {
    expect(isMalformedRouterState(undefined)).toBe(false);
    const state = ["", { children: ["instrumenten", { children: ["__PAGE__", {}, null, null] }, null, null] }, null, "refetch"];
    expect(isMalformedRouterState(encodeURIComponent(JSON.stringify(state)))).toBe(false);
  });

  it.each([
    ["a broken escape", "%X\\Sb`<"],
    ["text that is not JSON", "hello"],
    ["JSON of the wrong shape", encodeURIComponent(JSON.stringify({ children: 1 }))],
    ["a header over 40 kB", "x".repeat(40_001)],
  ])("is malformed for %s", (_, header) => {
    expect(isMalformedRouterState(header)).toBe(true);
  });

  it("is malformed when sent twice", () => {
    expect(isMalformedRouterState(["a", "b"])).toBe(true);
  });
});
