import fc from "fast-check";
import { createUserAction, inviteWaitingColleaguesAction, requestPasswordResetAction, sendPasswordLinkAction, setPasswordAction } from "@/lib/actions/invitations";
import { importDataAction } from "@/lib/actions/import";
import { setPasswordSignInAction } from "@/lib/actions/organisation";
import { setUpOrganisationAction } from "@/lib/actions/setup";
import { ZEmail } from "@/lib/validations/auth";
import { anyText } from "./arbitraries";
import { newPassword, personName, refusedBy, role } from "./admin-specs";
import { alsoWrong, choiceField, idField, idListField, textField, type ActionSpec } from "./spec";
import { fuzzActors, type FuzzWorld } from "./world";

// Accounts: inviting staff, one-time links, setup, and how the organisation signs in.
const email = refusedBy(ZEmail, fc.uuid().map((id) => `fuzz-${id}@example.nl`));
// No link or setup token the fuzz could make up exists: even a right-looking one is refused.
const token = { valid: fc.base64String({ minLength: 43, maxLength: 44 }), bad: fc.oneof(fc.constant(undefined), fc.constant(""), fc.string({ minLength: 201, maxLength: 300 })) };

/** A CSV file a school's administration could export; wrong: text where a file belongs, or nothing readable. */
const csvFile = (text: string) => ({
  valid: fc.constant(new File([`\uFEFF${text}`], "bestand.csv", { type: "text/csv" })),
  bad: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue()),
});

export const accountSpecs: Record<string, (world: FuzzWorld) => ActionSpec> = {
  importDataAction: () => ({
    call: importDataAction as ActionSpec["call"],
    shape: "form",
    // Only ever checking ("import" would write): the admin's answer is a report, whatever the files hold.
    mayWrite: ["admin", "admin of another organisation"],
    outcome: "same-answer",
    fields: { intent: choiceField(["check"]), teams: csvFile("team\r\nGroep 1\r\n"), families: csvFile("label;team\r\nFam. A.;Groep 1\r\n") },
  }),
  createUserAction: (w) => ({
    call: createUserAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin"],
    // An address that is taken is refused too ("conflict").
    fields: { name: personName, email: alsoWrong(email, w.professional.email), role, teamIds: idListField(w, [w.teamA.id]) },
  }),
  inviteWaitingColleaguesAction: () => ({
    call: inviteWaitingColleaguesAction as ActionSpec["call"],
    shape: "form",
    // No fields, and nobody in the fuzz world waits for a password: every admin call invites no one.
    mayWrite: ["admin", "admin of another organisation"],
    outcome: "same-answer",
    fields: {},
  }),
  sendPasswordLinkAction: (w) => ({
    call: sendPasswordLinkAction as ActionSpec["call"],
    shape: "form",
    mayWrite: ["admin"],
    fields: { userId: idField(w, w.professional.id) },
  }),
  requestPasswordResetAction: () => ({
    call: requestPasswordResetAction as ActionSpec["call"],
    shape: "form",
    // Anyone may ask, and gets the same answer for any address; without a mail server nothing is written.
    mayWrite: [...fuzzActors],
    outcome: "same-answer",
    fields: { email },
  }),
  setPasswordAction: () => ({
    call: setPasswordAction as ActionSpec["call"],
    shape: "form",
    mayWrite: [],
    fields: { token, password: newPassword, passwordRepeat: { valid: fc.constant("een-lang-wachtwoord"), bad: fc.oneof(fc.constant("iets-anders-123"), fc.constant(undefined)) } },
  }),
  setUpOrganisationAction: () => ({
    call: setUpOrganisationAction as ActionSpec["call"],
    shape: "form",
    // The fuzz world has users: setup is closed for everyone.
    mayWrite: [],
    fields: {
      token,
      organisationName: textField(120, anyText(120)),
      name: personName,
      email,
      password: newPassword,
      passwordRepeat: { valid: fc.constant("een-lang-wachtwoord"), bad: fc.constant("iets-anders-123") },
    },
  }),
  setPasswordSignInAction: () => ({
    call: setPasswordSignInAction as ActionSpec["call"],
    shape: "form",
    // Switching passwords on again is a write for an admin; off is refused without an organisation account.
    mayWrite: ["admin", "admin of another organisation"],
    fields: { passwordSignIn: choiceField(["true"]) },
  }),
};
