"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { addAgreementAction, lookBackOnAgreementAction, setAppointmentAction } from "@/lib/actions/agreements";

const OWNERS = ["PARENT", "PROFESSIONAL", "TOGETHER"] as const;

export function AddAgreementForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={addAgreementAction} success={t("agreementAdded")} resetOnSuccess>
      {(state, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <TextField name="text" label={t("agreementText")} maxLength={500} required errors={fieldErrors(state, "text")} />
          <ChoiceGroup
            name="owner"
            type="radio"
            legend={t("owner")}
            options={OWNERS.map((owner) => ({ value: owner, label: t(`owners.${owner}`) }))}
            defaultValues={["TOGETHER"]}
            errors={fieldErrors(state, "owner")}
          />
          <TextField name="dueDate" type="date" label={t("dueDate")} errors={fieldErrors(state, "dueDate")} />
          <SubmitButton pending={pending}>{t("addAgreement")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Done, not done, or still open: looking back on an earlier agreement. */
export function LookBackOnAgreementForm({ conversationId, agreementId, label }: { conversationId: string; agreementId: string; label: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={lookBackOnAgreementAction} success={t("lookBackSaved")} className="space-y-2">
      {(_, pending) => (
        <div role="group" aria-label={label} className="flex flex-wrap gap-2">
          <input type="hidden" name="conversationId" value={conversationId} />
          <input type="hidden" name="agreementId" value={agreementId} />
          {(["DONE", "NOT_DONE", "OPEN"] as const).map((status) => (
            <Button key={status} type="submit" name="status" value={status} disabled={pending} variant="neutral" size="sm">
              {t(`statuses.${status}`)}
            </Button>
          ))}
        </div>
      )}
    </ActionForm>
  );
}

export function AppointmentForm({ conversationId, date, time, place }: { conversationId: string; date: string; time: string; place: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={setAppointmentAction} success={t("appointmentSaved")}>
      {(state, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="date" type="date" label={t("date")} defaultValue={date} required errors={fieldErrors(state, "date")} />
            <TextField name="time" type="time" label={t("time")} defaultValue={time} required errors={fieldErrors(state, "time")} />
          </div>
          <TextField name="place" label={t("place")} defaultValue={place} maxLength={120} errors={fieldErrors(state, "place")} />
          <SubmitButton pending={pending}>{t("saveAppointment")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
