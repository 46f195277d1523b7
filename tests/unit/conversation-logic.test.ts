import { describe, expect, it } from "vitest";
import { compareRatings, gapOf, orderForReveal } from "@/lib/conversation/compare";
import { formatJoinCode, hashJoinCode, newJoinCode, normaliseJoinCode } from "@/lib/conversation/join-code";
import { signToken, verifyToken } from "@/lib/conversation/signed-token";

describe("compareRatings", () => {
  it("flags a gap of two points or more, in either direction", () => {
    expect(compareRatings(2, 4)).toEqual({ difference: 2, highlight: "bigGap" });
    expect(compareRatings(5, 2)).toEqual({ difference: -3, highlight: "bigGap" });
    expect(compareRatings(3, 4)).toEqual({ difference: 1, highlight: null });
  });

  it("marks a shared strength when both rate 4 or 5", () => {
    expect(compareRatings(4, 5)).toEqual({ difference: 1, highlight: "sharedStrength" });
    expect(compareRatings(5, 5)).toEqual({ difference: 0, highlight: "sharedStrength" });
  });

  it("does not compare with 'weet ik niet' or a missing answer", () => {
    expect(compareRatings(null, 5)).toEqual({ difference: null, highlight: null });
    expect(compareRatings(3, undefined)).toEqual({ difference: null, highlight: null });
  });
});

describe("gapOf", () => {
  it("says how far apart the two views are: apart from two points, close at one, the same at none", () => {
    expect(gapOf(compareRatings(2, 4))).toBe("apart");
    expect(gapOf(compareRatings(5, 2))).toBe("apart");
    expect(gapOf(compareRatings(3, 4))).toBe("close");
    expect(gapOf(compareRatings(5, 4))).toBe("close");
    expect(gapOf(compareRatings(4, 4))).toBe("same");
    expect(gapOf(compareRatings(null, 4))).toBe("unknown");
  });
});

describe("orderForReveal", () => {
  const item = (position: number, parent: number | null, professional: number | null) => ({
    position,
    comparison: compareRatings(parent, professional),
  });

  it("puts the biggest gaps first, the professional-rates-higher gap before its mirror, then strengths", () => {
    const items = [item(0, 3, 3), item(1, 5, 5), item(2, 4, 2), item(3, 2, 4), item(4, 1, 5), item(5, null, 4)];
    expect(orderForReveal(items).map((entry) => entry.position)).toEqual([4, 3, 2, 1, 0, 5]);
  });
});

describe("join codes", () => {
  it("are eight unambiguous characters and survive sloppy typing", () => {
    const code = newJoinCode();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(hashJoinCode(formatJoinCode(code).toLowerCase())).toBe(hashJoinCode(code));
    expect(normaliseJoinCode(" ab cd-efgh ")).toBe("ABCDEFGH");
  });
});

describe("signed tokens", () => {
  const later = new Date(Date.now() + 60_000);

  it("round-trip their payload until they expire", () => {
    const token = signToken("parent-mode", { conversationId: "c1" }, later);
    expect(verifyToken("parent-mode", token)).toMatchObject({ conversationId: "c1" });
    expect(verifyToken("parent-mode", token, later.getTime() + 1)).toBeNull();
  });

  it("refuse a token for another purpose, a forged payload and garbage", () => {
    const token = signToken("parent-mode", { conversationId: "c1" }, later);
    expect(verifyToken("participant", token)).toBeNull();
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ conversationId: "c2", exp: later.getTime() })).toString("base64url")}.${signature}`;
    expect(verifyToken("parent-mode", forged)).toBeNull();
    expect(verifyToken("parent-mode", "not-a-token")).toBeNull();
    expect(verifyToken("parent-mode", undefined)).toBeNull();
  });
});
