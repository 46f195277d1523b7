import { describe, expect, it } from "vitest";
import { firstUnratedIndex, resumeIndexes } from "@/lib/conversation/resume";

// After a reload each side goes on where it left off, not at the first statement.
const items = ["a", "b", "c", "d"].map((itemId) => ({ itemId }));

describe("firstUnratedIndex", () => {
  it("starts at the first statement when nothing is rated", () => {
    expect(firstUnratedIndex(items, {})).toBe(0);
    expect(firstUnratedIndex(items, undefined)).toBe(0);
  });

  it("skips what is rated, a 'weet ik niet' included, and stops at the first gap", () => {
    expect(firstUnratedIndex(items, { a: { value: 4 }, b: { value: null } })).toBe(2);
    expect(firstUnratedIndex(items, { a: { value: 4 }, c: { value: 2 } })).toBe(1);
  });

  it("goes to the last statement, where Klaar is, when every one is rated", () => {
    expect(firstUnratedIndex(items, { a: 1, b: 2, c: 3, d: 4 })).toBe(3);
  });

  it("searches on from where the server said, for ratings still waiting on the device", () => {
    expect(firstUnratedIndex(items, { a: 1, b: 2, c: 3 }, 1)).toBe(3);
    expect(firstUnratedIndex(items, { a: 1 }, 9)).toBe(3);
    expect(firstUnratedIndex(items, {}, -2)).toBe(0);
  });

  it("has nowhere to go without items", () => {
    expect(firstUnratedIndex([], {})).toBe(0);
  });
});

describe("resumeIndexes", () => {
  it("gives each side its own place", () => {
    const sheet = { items, ratings: { PARENT: { a: 1, b: 2 }, PROFESSIONAL: {} } };
    expect(resumeIndexes(sheet, ["PARENT", "PROFESSIONAL"])).toEqual({ PARENT: 2, PROFESSIONAL: 0 });
    expect(resumeIndexes(sheet, ["PARENT"])).toEqual({ PARENT: 2 });
  });
});
