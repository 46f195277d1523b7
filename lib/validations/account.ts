import { z } from "zod";
import { ZEmail, ZPassword } from "./auth";
import { ZId, ZIdList } from "./family";
import { ZPersonName, ZRole } from "./organisation";

/** The admin invites a colleague: no password, they choose their own through the link. */
export const ZInviteUser = z.object({ name: ZPersonName, email: ZEmail, role: ZRole, teamIds: ZIdList });

export const ZSendPasswordLink = z.object({ userId: ZId });

/** Invite everyone who has no password yet: a button, no fields. */
export const ZInviteWaiting = z.object({});

export const ZRequestPasswordReset = z.object({ email: ZEmail });

export const ZSetPassword = z
  .object({ token: z.string().min(1).max(200), password: ZPassword, passwordRepeat: z.string().max(200, { error: "tooLong" }) })
  .refine((value) => value.password === value.passwordRepeat, { error: "passwordMismatch", path: ["passwordRepeat"] });
