import fc from "fast-check";
import { addAgreementAction, editAgreementAction, lookBackOnAgreementAction, saveNoteAction, setAppointmentAction, tickOffAgreementAction } from "@/lib/actions/agreements";
import { createJoinCodeAction, enterParentModeAction, revealEarlyAction, startConversationAction } from "@/lib/actions/conversations";
import { setLocaleAction } from "@/lib/actions/locale";
import { chooseParentLanguageAction, setConversationLanguageAction } from "@/lib/actions/parent-language";
import { joinConversationAction, leaveParentModeAction, leaveParentModeWithPasswordAction, markSideDoneAction, saveRatingAction, setConsentAction } from "@/lib/actions/rating";
import { signOutAction } from "@/lib/actions/session";
import { parentLocales } from "@/lib/i18n/locales";
import { ZAddAgreement, ZJoin, ZLeaveParentMode, ZSaveRating, ZSetAppointment } from "@/lib/validations/conversation";
import { refusedBy } from "./admin-specs";
import { anyText, nastyString, overlong } from "./arbitraries";
import { choiceField, idField, textField, type ActionSpec } from "./spec";
import type { FuzzWorld } from "./world";

const call = (action: unknown) => action as ActionSpec["call"];
const professional = ["professional of the team"] as const;
/** The devices that answer for the parent: they may write the parent's side. */
const parentDevices = ["tablet in parent mode", "parent's phone"] as const;
const side = choiceField(["PARENT", "PROFESSIONAL"]);
const parentLocale = choiceField(parentLocales);
const optionalLocale = choiceField(parentLocales, false);

/** What, who, by when: adding an agreement and changing one take the same fields. */
const agreementFields = () => ({
  text: textField(500, anyText(500)),
  owner: choiceField(["PARENT", "PROFESSIONAL", "TOGETHER"]),
  dueDate: refusedBy(ZAddAgreement.shape.dueDate.unwrap(), fc.constantFrom("", "2027-01-12"), fc.constantFrom("2027-02-30", "12-01-2027", "2027-1-2")),
});

// The conversation: what the professional starts and writes (forms), and what any of the three
// devices sends while rating (plain objects).
export const conversationSpecs: Record<string, (world: FuzzWorld) => ActionSpec> = {
  startConversationAction: (w) => ({
    call: call(startConversationAction),
    shape: "form",
    mayWrite: [...professional],
    fields: {
      familyId: idField(w, w.family.id),
      phaseKey: choiceField(["pre", "main", "post"]),
      // The world has one instrument: any list without it chooses no items.
      instrumentKeys: { valid: fc.constant(["partnerships"]), bad: fc.array(fc.oneof(nastyString, fc.constantFrom("praatplaat", "twelve-questions")), { maxLength: 3 }) },
      themeKeys: { valid: fc.constant([]), bad: fc.oneof(fc.constant([""]), overlong(64).map((key) => [key]), fc.constant(Array.from({ length: 21 }, (_, index) => `t${index}`))) },
      ownThemeTitle: textField(80, anyText(80), false),
      parentLocale,
      rateOn: choiceField(["tablet", "screens"], false),
    },
  }),
  ...Object.fromEntries(
    (["enterParentModeAction", "createJoinCodeAction", "revealEarlyAction"] as const).map((name) => [
      name,
      (w: FuzzWorld): ActionSpec => ({
        call: call({ enterParentModeAction, createJoinCodeAction, revealEarlyAction }[name]),
        shape: "form",
        mayWrite: [...professional],
        fields: { conversationId: idField(w, w.conversationId) },
      }),
    ]),
  ),
  addAgreementAction: (w) => ({
    call: call(addAgreementAction),
    shape: "form",
    mayWrite: [...professional],
    fields: { conversationId: idField(w, w.conversationId), ...agreementFields() },
  }),
  editAgreementAction: (w) => ({
    call: call(editAgreementAction),
    shape: "form",
    mayWrite: [...professional],
    fields: { conversationId: idField(w, w.conversationId), agreementId: idField(w, w.earlierAgreementId), ...agreementFields() },
  }),
  tickOffAgreementAction: (w) => ({
    call: call(tickOffAgreementAction),
    shape: "form",
    mayWrite: [...professional],
    fields: { conversationId: idField(w, w.conversationId), agreementId: idField(w, w.earlierAgreementId), done: choiceField(["true", "false"]) },
  }),
  lookBackOnAgreementAction: (w) => ({
    call: call(lookBackOnAgreementAction),
    shape: "form",
    mayWrite: [...professional],
    fields: { conversationId: idField(w, w.conversationId), agreementId: idField(w, w.earlierAgreementId), status: choiceField(["DONE", "NOT_DONE", "OPEN"]) },
  }),
  setAppointmentAction: (w) => ({
    call: call(setAppointmentAction),
    shape: "form",
    mayWrite: [...professional],
    fields: {
      conversationId: idField(w, w.conversationId),
      date: refusedBy(ZSetAppointment.shape.date, fc.constant("2027-01-12"), fc.constantFrom("2027-02-29", "2027-13-01", "0000-00-00")),
      time: refusedBy(ZSetAppointment.shape.time, fc.constant("14:30"), fc.constantFrom("24:00", "14:60", "2:30")),
      place: textField(120, anyText(120), false),
    },
  }),
  saveNoteAction: (w) => ({
    call: call(saveNoteAction),
    shape: "object",
    mayWrite: [...professional],
    fields: { conversationId: idField(w, w.conversationId), itemId: idField(w, w.itemId), text: textField(2000, anyText(2000), false) },
  }),
  saveRatingAction: (w) => ({
    call: call(saveRatingAction),
    shape: "object",
    mayWrite: [...professional, ...parentDevices],
    fields: {
      conversationId: idField(w, w.conversationId),
      itemId: idField(w, w.itemId),
      side,
      value: choiceField([1, 2, 3, 4, 5, null]),
      comment: textField(1000, anyText(1000), false),
      ratedAt: refusedBy(ZSaveRating.shape.ratedAt, fc.constant("2026-03-01T10:00:00.000Z"), fc.constantFrom("2026-03-01", "2026-02-30T10:00:00Z")),
      locale: optionalLocale,
    },
  }),
  markSideDoneAction: (w) => ({
    call: call(markSideDoneAction),
    shape: "object",
    mayWrite: [...professional, ...parentDevices],
    fields: { conversationId: idField(w, w.conversationId), side },
  }),
  setConsentAction: (w) => ({
    call: call(setConsentAction),
    shape: "object",
    mayWrite: [...parentDevices],
    fields: { conversationId: idField(w, w.conversationId), consent: choiceField([true, false]), locale: optionalLocale },
  }),
  setConversationLanguageAction: (w) => ({
    call: call(setConversationLanguageAction),
    shape: "object",
    mayWrite: [...parentDevices],
    fields: { conversationId: idField(w, w.conversationId), locale: parentLocale },
  }),
  chooseParentLanguageAction: () => ({ call: call(chooseParentLanguageAction), shape: "object", mayWrite: [], outcome: "cookie", fields: { locale: parentLocale } }),
  setLocaleAction: () => ({ call: call(setLocaleAction), shape: "form", mayWrite: [], outcome: "void", fields: { locale: choiceField(["nl", "en"]) } }),
  signOutAction: () => ({ call: call(signOutAction), shape: "none", mayWrite: [], outcome: "void", actors: ["anonymous", ...parentDevices], fields: {} }),
  // Nobody in the world has a PIN, the right password is never sent and no conversation has a
  // code: these three can only refuse. Without parent mode, leaving it goes back to the start.
  leaveParentModeAction: () => ({
    call: call(leaveParentModeAction),
    shape: "form",
    mayWrite: [],
    redirectsTo: "/start",
    fields: { pin: refusedBy(ZLeaveParentMode.shape.pin, fc.stringMatching(/^\d{4,6}$/)) },
  }),
  leaveParentModeWithPasswordAction: () => ({
    call: call(leaveParentModeWithPasswordAction),
    shape: "form",
    mayWrite: [],
    redirectsTo: "/start",
    fields: { password: { valid: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => !text.startsWith("fixture")), bad: fc.oneof(fc.constantFrom("", undefined), overlong(200)) } },
  }),
  joinConversationAction: () => ({
    call: call(joinConversationAction),
    shape: "form",
    mayWrite: [],
    fields: { code: refusedBy(ZJoin.shape.code, fc.stringMatching(/^[A-Z0-9]{8}$/)) },
  }),
};
