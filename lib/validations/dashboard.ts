import { z } from "zod";
import { QUARTER_PATTERN } from "@/lib/dashboard/quarters";
import { INSTRUMENT_KEYS, PHASE_KEYS } from "@/lib/domain";

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();
const quarter = z.string().regex(QUARTER_PATTERN);

/** The dashboard's filters, from the address bar: anything unknown is dropped, not an error. */
export const ZDashboardFilters = z.object({
  teamId: optional(z.string().max(64)).catch(undefined),
  /** First and last quarter of the period, both included: "2025-Q3". */
  from: optional(quarter).catch(undefined),
  to: optional(quarter).catch(undefined),
  phase: optional(z.enum(PHASE_KEYS)).catch(undefined),
  instrument: optional(z.enum(INSTRUMENT_KEYS)).catch(undefined),
});
export type TDashboardFilters = z.infer<typeof ZDashboardFilters>;
