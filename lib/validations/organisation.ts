import { z } from "zod";
import { MAX_THRESHOLD, MIN_THRESHOLD } from "@/lib/dashboard/suppression";
import { ZPin } from "./auth";
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

export const ZUpdateUser = z.object({
  userId: ZId,
  name: ZPersonName,
  role: ZRole,
  teamIds: ZIdList,
});

export const ZSetUserActive = z.object({ userId: ZId, active: z.enum(["true", "false"]).transform((value) => value === "true") });

export const ZSetPin = z
  .object({
    // Empty for staff without a password, who confirm with a fresh sign-in instead (setPinAction).
    currentPassword: z.string().max(200, { error: "tooLong" }).default(""),
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

/** Whether the organisation's staff may still sign in with a password. */
export const ZSetPasswordSignIn = z.object({ passwordSignIn: z.enum(["true", "false"]).transform((value) => value === "true") });
