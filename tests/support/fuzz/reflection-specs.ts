import fc from "fast-check";
import { addTeamAgreementAction, closeReflectionRoundAction, finishReflectionAction, openReflectionRoundAction, lookBackOnTeamAgreementAction, saveReflectionRatingAction } from "@/lib/actions/reflection";
import { ZAddTeamAgreement } from "@/lib/validations/reflection";
import { refusedBy } from "./admin-specs";
import { anyText } from "./arbitraries";
import { choiceField, idField, textField, type ActionSpec } from "./spec";
import type { FuzzWorld } from "./world";

const call = (action: unknown) => action as ActionSpec["call"];
const members = ["professional of the team", "team lead of the team"] as const;
const leads = ["team lead of the team", "admin"] as const;
/** The team's round; its wrong values include the professional's own, finished reflection. */
const round = (w: FuzzWorld) => idField(w, w.reflectionRoundId, w.ownReflectionRoundId);

// Reflection: rounds are opened and closed by forms, answers saved and Klaar pressed from the
// rating screen (plain objects), agreements recorded by forms.
export const reflectionSpecs: Record<string, (world: FuzzWorld) => ActionSpec> = {
  openReflectionRoundAction: (w) => ({
    call: call(openReflectionRoundAction),
    shape: "form",
    mayWrite: [...leads],
    fields: {
      // "own" is right for anyone (a reflection of one's own): never generated as a wrong kind.
      kind: choiceField(["team"], true, fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue()).filter((value) => value !== "own")),
      teamId: idField(w, w.teamA.id),
    },
  }),
  saveReflectionRatingAction: (w) => ({
    call: call(saveReflectionRatingAction),
    shape: "object",
    mayWrite: [...members],
    fields: { roundId: round(w), itemId: idField(w, w.reflectionItemId, w.itemId), value: choiceField([1, 2, 3, 4, 5, null]) },
  }),
  finishReflectionAction: (w) => ({
    call: call(finishReflectionAction),
    shape: "object",
    mayWrite: [...members],
    fields: { roundId: round(w) },
  }),
  closeReflectionRoundAction: (w) => ({
    call: call(closeReflectionRoundAction),
    shape: "form",
    mayWrite: [...leads],
    fields: { roundId: round(w) },
  }),
  addTeamAgreementAction: (w) => ({
    call: call(addTeamAgreementAction),
    shape: "form",
    mayWrite: [...members, "admin"],
    fields: {
      roundId: round(w),
      text: textField(500, anyText(500)),
      owner: textField(80, anyText(80)),
      dueDate: refusedBy(ZAddTeamAgreement.shape.dueDate.unwrap(), fc.constantFrom("", "2027-01-12"), fc.constantFrom("2027-02-30", "12-01-2027")),
    },
  }),
  lookBackOnTeamAgreementAction: (w) => ({
    call: call(lookBackOnTeamAgreementAction),
    shape: "form",
    mayWrite: [...members, "admin"],
    fields: { roundId: round(w), agreementId: idField(w, w.teamAgreementId), status: choiceField(["DONE", "OPEN"]) },
  }),
};
