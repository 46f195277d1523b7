import { describe, expect, it } from "vitest";
import { mayPublish, mostChosen, spreadOf, stillNeeded } from "@/lib/reflection/spread";

describe("a team's spread over the scale", () => {
  it("counts each point and 'weet ik niet', never anything about who", () => {
    expect(spreadOf([4, 4, null, 5, 1])).toEqual({ counts: [1, 0, 0, 2, 1], unknown: 1, people: 5 });
    expect(spreadOf([])).toEqual({ counts: [0, 0, 0, 0, 0], unknown: 0, people: 0 });
  });

  it("names the one point most chose; none on a tie, or when all said 'weet ik niet'", () => {
    expect(mostChosen(spreadOf([2, 2, 4, 4, 5]))).toBeNull();
    expect(mostChosen(spreadOf([2, 4, 4, 5]))).toBe(4);
    expect(mostChosen(spreadOf([3, 3, 3, 1]))).toBe(3);
    expect(mostChosen(spreadOf([null, null, null]))).toBeNull();
  });
});

describe("when finished reflections join the spread", () => {
  it("only together with at least the threshold of others", () => {
    expect(mayPublish(2, 3)).toBe(false);
    expect(mayPublish(3, 3)).toBe(true);
    expect(mayPublish(7, 5)).toBe(true);
  });

  it("says how many more are needed, never fewer than none", () => {
    expect(stillNeeded(0, 5)).toBe(5);
    expect(stillNeeded(4, 5)).toBe(1);
    expect(stillNeeded(6, 5)).toBe(0);
  });
});
