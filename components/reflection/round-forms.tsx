"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { addTeamAgreementAction, closeReflectionRoundAction, openReflectionRoundAction, lookBackOnTeamAgreementAction } from "@/lib/actions/reflection";

/** Opens one's own round (no team) or the team's; the action goes on to the round. */
export function OpenRoundForm({ teamId, label }: { teamId?: string; label: string }) {
  return (
    <ActionForm action={openReflectionRoundAction} success={null} className="space-y-3">
      {(_, pending) => (
        <>
          <input type="hidden" name="kind" value={teamId ? "team" : "own"} />
          {teamId ? <input type="hidden" name="teamId" value={teamId} /> : null}
          <SubmitButton pending={pending}>{label}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function CloseRoundForm({ roundId }: { roundId: string }) {
  const t = useTranslations("Reflection");
  return (
    <ActionForm action={closeReflectionRoundAction} success={t("closed")} className="space-y-3">
      {(_, pending) => (
        <>
          <input type="hidden" name="roundId" value={roundId} />
          <p className="text-lg text-ink-soft">{t("closeRoundHint")}</p>
          <SubmitButton pending={pending}>{t("closeRound")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function AddTeamAgreementForm({ roundId }: { roundId: string }) {
  const t = useTranslations("Reflection");
  return (
    <ActionForm action={addTeamAgreementAction} success={t("agreementAdded")} resetOnSuccess>
      {(state, pending) => (
        <>
          <input type="hidden" name="roundId" value={roundId} />
          <TextField name="text" label={t("agreementText")} maxLength={500} required errors={fieldErrors(state, "text")} />
          <TextField name="owner" label={t("owner")} hint={t("ownerHint")} maxLength={80} required errors={fieldErrors(state, "owner")} />
          <TextField name="dueDate" type="date" label={t("dueDate")} errors={fieldErrors(state, "dueDate")} />
          <SubmitButton pending={pending}>{t("addAgreement")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Done, or open again: one button that says what it will do. */
export function LookBackOnTeamAgreementForm({ roundId, agreementId, done, label }: { roundId: string; agreementId: string; done: boolean; label: string }) {
  const t = useTranslations("Reflection");
  return (
    <ActionForm action={lookBackOnTeamAgreementAction} success={null} className="space-y-2">
      {(_, pending) => (
        <>
          <input type="hidden" name="roundId" value={roundId} />
          <input type="hidden" name="agreementId" value={agreementId} />
          <input type="hidden" name="status" value={done ? "OPEN" : "DONE"} />
          {/* The visible words first, then which agreement: one name per button in a list of them. */}
          <button type="submit" disabled={pending} aria-label={`${done ? t("markOpen") : t("markDone")}: ${label}`} className="min-h-11 rounded-full border-2 border-ink-soft bg-card px-4 text-base font-semibold">
            {done ? t("markOpen") : t("markDone")}
          </button>
        </>
      )}
    </ActionForm>
  );
}
