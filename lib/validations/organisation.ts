import { z } from "zod";
import { MAX_THRESHOLD, MIN_THRESHOLD } from "@/lib/dashboard/suppression";
import { ZEmail, ZPassword, ZPin } from "./auth";
import { ZId, ZIdList } from "./family";

export const ZRole = z.enum(["PROFESSIONAL", "TEAM_LEAD", "ADMIN"], { error: "required" });

/** How many distinct families must stand behind every figure on the dashboard; never below 3. */
export const ZSetThreshold = z.object({
  anonymityThreshold: z.coerce
    .number({ error: "required" })
    .int({ error: "wholeNumber" })
    .min(MIN_THRESHOLD, { error: "thresholdTooLow" })
    .max(MAX_THRESHOLD, { error: "thresholdTooHigh" }),
});

export const ZCreateTeam = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" }),
});

export const ZPersonName = z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" });

export const ZCreateUser = z.object({
  name: ZPersonName,
  email: ZEmail,
  role: ZRole,
  teamIds: ZIdList,
  password: ZPassword,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z.object({
  userId: ZId,
  name: ZPersonName,
  role: ZRole,
  teamIds: ZIdList,
});

export const ZResetPassword = z.object({ userId: ZId, password: ZPassword });

export const ZSetUserActive = z.object({ userId: ZId, active: z.enum(["true", "false"]).transform((value) => value === "true") });

export const ZSetPin = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
    pin: ZPin,
    pinRepeat: z.string().max(6, { error: "tooLong" }),
  })
  .refine((value) => value.pin === value.pinRepeat, { error: "pinMismatch", path: ["pinRepeat"] });

export const ZSetRetention = z.object({
  retentionMonths: z.coerce
    .number({ error: "required" })
    .int({ error: "wholeNumber" })
    .min(6, { error: "retentionTooShort" })
    .max(120, { error: "retentionTooLong" }),
});
