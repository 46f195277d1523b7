import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();

/** The dashboard's filters, from the address bar: anything unknown is dropped, not an error. */
export const ZDashboardFilters = z.object({
  teamId: optional(z.string().max(64)).catch(undefined),
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  phase: optional(z.enum(["pre", "main", "post"])).catch(undefined),
  instrument: optional(z.enum(["twelve-questions", "praatplaat", "partnerships"])).catch(undefined),
});
export type TDashboardFilters = z.infer<typeof ZDashboardFilters>;
