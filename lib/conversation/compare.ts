// Pure logic behind the reveal: where do the two views differ, and where do they agree on a strength.

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

/** A gap of this many points or more is a conversation starter. */
export const BIG_GAP = 2;
/** Both at or above this value is a shared strength. */
export const STRENGTH = 4;

export type Highlight = "bigGap" | "sharedStrength" | null;

export interface Comparison {
  /** professional minus parent; positive when the professional rates the collaboration higher. */
  difference: number | null;
  highlight: Highlight;
}

/** null stands for "weet ik niet / niet van toepassing" or not rated: no comparison then. */
export function compareRatings(parent: number | null | undefined, professional: number | null | undefined): Comparison {
  if (parent == null || professional == null) return { difference: null, highlight: null };
  const difference = professional - parent;
  if (Math.abs(difference) >= BIG_GAP) return { difference, highlight: "bigGap" };
  if (parent >= STRENGTH && professional >= STRENGTH) return { difference, highlight: "sharedStrength" };
  return { difference, highlight: null };
}

/**
 * Biggest differences first; among equal gaps, the ones where the professional rates higher
 * than the parent experiences it come first (the gap that matters most). Then shared
 * strengths, then the rest in their original order.
 */
export function orderForReveal<T extends { position: number; comparison: Comparison }>(items: T[]): T[] {
  const rank = (item: T) => {
    const { difference, highlight } = item.comparison;
    if (highlight === "bigGap") return 0;
    if (highlight === "sharedStrength") return 1;
    return difference === null ? 3 : 2;
  };
  return [...items].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const gapA = Math.abs(a.comparison.difference ?? 0);
    const gapB = Math.abs(b.comparison.difference ?? 0);
    if (gapA !== gapB) return gapB - gapA;
    const signA = a.comparison.difference ?? 0;
    const signB = b.comparison.difference ?? 0;
    if (signA !== signB) return signB - signA;
    return a.position - b.position;
  });
}

/** How far apart the two views are, said in words on screen (never by colour alone). */
export type Gap = "apart" | "close" | "same" | "unknown";

export function gapOf({ difference }: Comparison): Gap {
  if (difference === null) return "unknown";
  if (Math.abs(difference) >= BIG_GAP) return "apart";
  return difference === 0 ? "same" : "close";
}
