// The arithmetic of a team round, apart from the database: how a team's answers to one item are
// spread over the scale, and when waiting answers may join what the team sees.

/** The five points of the scale, as in a conversation. */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export interface Spread {
  /** How many chose 1, 2, 3, 4 and 5, in that order. */
  counts: number[];
  /** How many chose "weet ik niet / past niet". */
  unknown: number;
  /** Everyone in it. */
  people: number;
}

export function spreadOf(values: (number | null)[]): Spread {
  const counts = SCALE_POINTS.map((point) => values.filter((value) => value === point).length);
  return { counts, unknown: values.filter((value) => value === null).length, people: values.length };
}

/** The one scale point most chose; null when nobody chose a point, or two or more share the most. */
export function mostChosen(spread: Spread): number | null {
  const most = Math.max(...spread.counts);
  if (most === 0 || spread.counts.indexOf(most) !== spread.counts.lastIndexOf(most)) return null;
  return SCALE_POINTS[spread.counts.indexOf(most)];
}

/**
 * Finished reflections join the spread only together, at least `threshold` at a time: the spread
 * then never moves by fewer people than that, so comparing it before and after never shows what
 * one colleague answered (the dashboard publishes its blocks by the same rule).
 */
export function mayPublish(waiting: number, threshold: number): boolean {
  return waiting >= threshold;
}

/** How many more colleagues must finish before the waiting answers join the spread. */
export function stillNeeded(waiting: number, threshold: number): number {
  return Math.max(0, threshold - waiting);
}
