import type { Side } from "@/lib/domain";

/**
 * Where a side picks up its rating: the first item it has not rated yet, searching from `from`
 * (what the server already knew; ratings still waiting on this device may lie beyond it). When
 * every item is rated, the last one, where "Klaar" is. A "weet ik niet" counts as rated.
 */
export function firstUnratedIndex(items: readonly { itemId: string }[], rated: Readonly<Record<string, unknown>> | undefined, from = 0): number {
  if (items.length === 0) return 0;
  const start = Math.min(Math.max(from, 0), items.length - 1);
  for (let index = start; index < items.length; index++) if (!(items[index].itemId in (rated ?? {}))) return index;
  return items.length - 1;
}

/** The first unrated item of every side a device rates for, as the server knows the ratings. */
export function resumeIndexes(sheet: { items: readonly { itemId: string }[]; ratings: Partial<Record<Side, Readonly<Record<string, unknown>>>> }, sides: readonly Side[]) {
  return Object.fromEntries(sides.map((side) => [side, firstUnratedIndex(sheet.items, sheet.ratings[side])])) as Partial<Record<Side, number>>;
}
