import { z } from "zod";
import { ZEmail, ZPassword } from "./auth";
import { ZPersonName } from "./organisation";

export const ZOrganisationName = z.string().trim().min(2, { error: "required" }).max(120, { error: "tooLong" });

export const ZSetUp = z
  .object({
    token: z.string().min(1).max(200),
    organisationName: ZOrganisationName,
    name: ZPersonName,
    email: ZEmail,
    password: ZPassword,
    passwordRepeat: z.string().max(200, { error: "tooLong" }),
  })
  .refine((value) => value.password === value.passwordRepeat, { error: "passwordMismatch", path: ["passwordRepeat"] });
