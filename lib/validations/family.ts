import { z } from "zod";

// Ids are cuids: letters and digits (tests use hyphens). Anything else, a NUL byte above all,
// never reaches the database, where it would fail instead of simply finding nothing.
export const ZId = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(64, { error: "tooLong" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "invalid" });

/** For ids from the address (route parameters): true when it can be an id at all. */
export function isId(value: unknown): value is string {
  return ZId.safeParse(value).success;
}

/** Ids chosen in a checkbox group: teams of a user, professionals of a family. */
export const ZIdList = z.array(ZId).max(50, { error: "tooMany" });

// A pseudonymous label ("Fam. J."): short on purpose, so nobody types a full name and address.
export const ZFamilyLabel = z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" });

/**
 * A date (of birth), a long number (BSN, phone) or an e-mail address in a label: what an
 * administration system's export carries and a pseudonym never should. The bulk import refuses
 * such labels; a person typing one label in the form is not copying a column of them.
 */
export function looksLikePersonalData(label: string): boolean {
  return /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(label) || /\d{8,}/.test(label.replace(/[\s.-]/g, "")) || label.includes("@");
}

// An IETF language tag such as "nl", "tr" or "ar-MA".
export const ZLanguage = z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { error: "languageFormat" });

export const ZCreateFamily = z.object({
  label: ZFamilyLabel,
  preferredLanguage: ZLanguage,
  teamId: ZId,
});
export type TCreateFamily = z.infer<typeof ZCreateFamily>;

export const ZUpdateFamily = z.object({
  familyId: ZId,
  label: ZFamilyLabel,
  preferredLanguage: ZLanguage,
  professionalIds: ZIdList,
});
export type TUpdateFamily = z.infer<typeof ZUpdateFamily>;

// The tick box is the person saying "yes, erase it": the server insists on it too.
export const ZDeleteFamily = z.object({ familyId: ZId, confirm: z.literal("on", { error: "confirmRequired" }) });
