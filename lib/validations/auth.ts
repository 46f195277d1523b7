import { z } from "zod";

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email({ error: "emailFormat" }).max(254, { error: "tooLong" }));

export const ZSignIn = z.object({
  email: ZEmail,
  // Upper bound keeps a megabyte "password" from costing the server a hash of it.
  password: z.string().min(1).max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZPassword = z.string().min(10, { error: "passwordTooShort" }).max(200, { error: "tooLong" });

export const ZPin = z.string().regex(/^\d{4,6}$/, { error: "pinFormat" });
