// The dashboard counts in quarters: the blocks that keep its figures anonymous are quarters, so a
// period is always a whole number of them (a day-by-day period could be used to single out one
// conversation by comparing two views a day apart).

/** "2025-Q3" */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** The first day of the quarter, at midnight UTC (how the database's date_trunc sees it). */
export function quarterStart(key: string): Date {
  const match = QUARTER_PATTERN.exec(key);
  if (!match) throw new Error(`Not a quarter: ${key}`);
  return new Date(Date.UTC(Number(match[1]), (Number(match[2]) - 1) * 3, 1));
}

export function quarterOf(date: Date): QuarterKey {
  return `${date.getUTCFullYear()}-Q${(Math.floor(date.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4}`;
}

/** Every quarter from the first to the last, both included, oldest first. */
export function quartersBetween(first: string, last: string): QuarterKey[] {
  const quarters: QuarterKey[] = [];
  const end = quarterStart(last);
  for (const at = quarterStart(first); at <= end; at.setUTCMonth(at.getUTCMonth() + 3)) quarters.push(quarterOf(at));
  return quarters;
}

/** The parts a label is made of: { year: 2025, quarter: 3 }. */
export function quarterParts(key: string): { year: number; quarter: number } {
  const start = quarterStart(key);
  return { year: start.getUTCFullYear(), quarter: Math.floor(start.getUTCMonth() / 3) + 1 };
}
