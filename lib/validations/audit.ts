import { z } from "zod";
import { AuditAction } from "@/lib/generated/prisma/enums";

/** The audit log's filter, from the address: one kind of event, or all. Anything else reads as all. */
export const ZAuditFilter = z.object({ soort: z.enum(AuditAction).optional().catch(undefined) });
