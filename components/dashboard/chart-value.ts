import type { SideAverage } from "@/lib/data/dashboard";

/** A suppressed figure is drawn as nothing at all, never as zero. */
export function chartValue(value: SideAverage): number | null {
  return value.suppressed ? null : value.average;
}
