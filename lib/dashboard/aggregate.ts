import { roundAverage } from "./suppression";
import type { SideAverage } from "./types";

// The arithmetic of the dashboard, apart from the database: adding up blocks into averages.

/** One block's (or several blocks') contribution for one side. */
export interface BlockSum {
  side: "PARENT" | "PROFESSIONAL";
  sum: number;
  count: number;
  /** Distinct families in the block. */
  families: number;
}

/** Adds up blocks into each side's average; a side without blocks has no figure. */
export function sideAverages(blocks: BlockSum[]): { parent: SideAverage; professional: SideAverage } {
  const of = (side: BlockSum["side"]): SideAverage => {
    const matching = blocks.filter((block) => block.side === side);
    const count = matching.reduce((total, block) => total + block.count, 0);
    if (count === 0) return { suppressed: true };
    const sum = matching.reduce((total, block) => total + block.sum, 0);
    // Families may recur across blocks, so only the largest block is a sure count.
    return { suppressed: false, average: roundAverage(sum / count), familiesAtLeast: Math.max(...matching.map((block) => block.families)) };
  };
  return { parent: of("PARENT"), professional: of("PROFESSIONAL") };
}

/** Professional minus parent, when both sides have a figure. */
export function gapOf(parent: SideAverage, professional: SideAverage): number | null {
  return parent.suppressed || professional.suppressed ? null : roundAverage(professional.average - parent.average);
}
