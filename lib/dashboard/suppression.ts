// Privacy by construction: every number the dashboard shows or exports is computed over at least
// `threshold` distinct families, or it is not shown at all.

/** The organisation's setting, never below 3 whatever is stored. */
export const MIN_THRESHOLD = 3;
/** Above this, a team would hardly ever see a figure. */
export const MAX_THRESHOLD = 50;

export function effectiveThreshold(configured: number): number {
  return Math.max(MIN_THRESHOLD, Math.floor(configured));
}

export type Suppressible<T> = ({ suppressed: false } & T) | { suppressed: true };

/** The value, if enough distinct families stand behind it. */
export function suppress<T extends object>(families: number, threshold: number, value: T): Suppressible<T> {
  return families >= threshold ? { suppressed: false, ...value } : { suppressed: true };
}

/** An average, rounded to one decimal the way the screen and the CSV both show it. */
export function roundAverage(value: number): number {
  return Math.round(value * 10) / 10;
}
