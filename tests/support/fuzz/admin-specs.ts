import fc from "fast-check";
import type { z } from "zod";
import { createFamilyAction, deleteFamilyAction, updateFamilyAction } from "@/lib/actions/families";
import {
  createTeamAction,
  setAnonymityThresholdAction,
  setRetentionAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/organisation";
import { setPinAction } from "@/lib/actions/settings";
import { ZLanguage } from "@/lib/validations/family";
import { ZPassword, ZPin } from "@/lib/validations/auth";
import { ZSetRetention, ZSetThreshold } from "@/lib/validations/organisation";
import { FIXTURE_PASSWORD } from "../factories";
import { anyText, nastyString, overlong } from "./arbitraries";
import { alsoWrong, asText, choiceField, idField, idListField, textField, type ActionSpec, type FieldSpec } from "./spec";
import type { FuzzWorld } from "./world";

/**
 * Wrong by the field's own schema: the candidates it refuses both as they are and as text (a form
 * sends text, a plain object the value itself). Missing counts when the schema requires the field.
 */
export function refusedBy(schema: z.ZodType, valid: fc.Arbitrary<unknown>, ...candidates: fc.Arbitrary<unknown>[]): FieldSpec {
  const refusedAlone = (value: unknown) => !schema.safeParse(value).success && (value === undefined || !schema.safeParse(asText(value)).success);
  // A form sends an array's items one by one, and an empty array as no field at all (for an
  // optional field, a right answer): an array is wrong only when it has items and each is wrong.
  const refused = (value: unknown) => (Array.isArray(value) ? value.length > 0 && value.every(refusedAlone) && refusedAlone(value) : refusedAlone(value));
  return { valid, bad: fc.oneof(nastyString, fc.jsonValue(), fc.constant(undefined), ...candidates).filter(refused) };
}

const numbers = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.constantFrom("4.5", "vijf", "1e2", "0x10", "Infinity", ""));
export const language = refusedBy(ZLanguage, fc.constantFrom("nl", "tr", "ar-MA"));
const label = textField(40, anyText(40));
export const personName = textField(80, anyText(80));
export const role = choiceField(["PROFESSIONAL", "TEAM_LEAD", "ADMIN"]);
export const newPassword = refusedBy(ZPassword, fc.constant("een-lang-wachtwoord"), fc.string({ maxLength: 9 }), overlong(200));

// Families, the organisation's administration and the user's own PIN: forms, (previous, FormData).
export const adminSpecs: Record<string, (world: FuzzWorld) => ActionSpec> = {
  createFamilyAction: (w) => ({
    call: createFamilyAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["professional of the team", "admin"],
    fields: { label, preferredLanguage: language, teamId: idField(w, w.teamA.id) },
  }),
  updateFamilyAction: (w) => ({
    call: updateFamilyAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["professional of the team", "admin"],
    fields: {
      familyId: idField(w, w.family.id),
      label,
      preferredLanguage: language,
      // Only professionals of the family's own team may follow it.
      professionalIds: alsoWrong(idListField(w, [w.professional.id]), [w.otherTeamProfessional.id]),
    },
  }),
  deleteFamilyAction: (w) => ({
    call: deleteFamilyAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin"],
    fields: { familyId: idField(w, w.family.id), confirm: choiceField(["on"]) },
  }),
  createTeamAction: () => ({
    call: createTeamAction as ActionSpec["call"],
    shape: "form",
    // The other organisation's admin creates one too, in their own organisation.
    mayWrite: ["admin", "admin of another organisation"],
    fields: { name: textField(80, anyText(80)) },
  }),
  updateUserAction: (w) => ({
    call: updateUserAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin"],
    fields: { userId: idField(w, w.professional.id), name: personName, role, teamIds: idListField(w, [w.teamA.id]) },
  }),
  setUserActiveAction: (w) => ({
    call: setUserActiveAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin"],
    // The admin's own account is never switched off: a wrong id for this action.
    fields: { userId: idField(w, w.professional.id, w.admin.id), active: choiceField(["true", "false"]) },
  }),
  setAnonymityThresholdAction: () => ({
    call: setAnonymityThresholdAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin", "admin of another organisation"],
    fields: { anonymityThreshold: refusedBy(ZSetThreshold.shape.anonymityThreshold, fc.integer({ min: 3, max: 50 }).map(String), numbers) },
  }),
  setRetentionAction: () => ({
    call: setRetentionAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin", "admin of another organisation"],
    fields: { retentionMonths: refusedBy(ZSetRetention.shape.retentionMonths, fc.integer({ min: 6, max: 120 }).map(String), numbers) },
  }),
  setPinAction: () => ({
    call: setPinAction as ActionSpec["call"],
    shape: "form",
    // Everyone signed in sets their own PIN, with their own password.
    mayWrite: ["professional of another team", "professional of the team", "team lead of the team", "team lead of another team", "admin", "admin of another organisation"],
    fields: {
      currentPassword: {
        valid: fc.constant(FIXTURE_PASSWORD),
        bad: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text !== FIXTURE_PASSWORD), fc.constantFrom("", undefined), overlong(200)),
      },
      pin: refusedBy(ZPin, fc.constant("2468")),
      pinRepeat: { valid: fc.constant("2468"), bad: fc.oneof(fc.constantFrom("1357", "24680", undefined), overlong(6)) },
    },
  }),
};
