"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { addAgreementAction, editAgreementAction, lookBackOnAgreementAction, setAppointmentAction, tickOffAgreementAction } from "@/lib/actions/agreements";
import type { ActionResult } from "@/lib/actions/result-types";
import type { AgreementDto } from "@/lib/data/conversation-comparison";

const OWNERS = ["PARENT", "PROFESSIONAL", "TOGETHER"] as const;

type Owner = (typeof OWNERS)[number];

/** What, who, by when: the same fields to add an agreement and to change one. */
function AgreementFields({ state, text = "", owner = "TOGETHER", dueDate = "" }: { state: ActionResult | null; text?: string; owner?: Owner; dueDate?: string }) {
  const t = useTranslations("Conversation");
  return (
    <>
      <TextField name="text" label={t("agreementText")} maxLength={500} required defaultValue={text} errors={fieldErrors(state, "text")} />
      <ChoiceGroup
        name="owner"
        type="radio"
        legend={t("owner")}
        options={OWNERS.map((value) => ({ value, label: t(`owners.${value}`) }))}
        defaultValues={[owner]}
        errors={fieldErrors(state, "owner")}
      />
      <TextField name="dueDate" type="date" label={t("dueDate")} defaultValue={dueDate} errors={fieldErrors(state, "dueDate")} />
    </>
  );
}

export function AddAgreementForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={addAgreementAction} success={t("agreementAdded")} resetOnSuccess>
      {(state, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <AgreementFields state={state} />
          <SubmitButton pending={pending}>{t("addAgreement")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** Changing an agreement, folded away until asked for: the list stays short during the talk. */
export function EditAgreementForm({ conversationId, agreement }: { conversationId: string; agreement: Pick<AgreementDto, "id" | "text" | "owner" | "dueDate"> }) {
  const t = useTranslations("Conversation");
  return (
    <details className="open:basis-full">
      <summary
        aria-label={`${t("editAgreement")}: ${agreement.text}`}
        className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold text-teal-700 underline underline-offset-4"
      >
        {t("editAgreement")}
      </summary>
      <ActionForm action={editAgreementAction} success={t("agreementSaved")} className="mt-3 space-y-5">
        {(state, pending) => (
          <>
            <input type="hidden" name="conversationId" value={conversationId} />
            <input type="hidden" name="agreementId" value={agreement.id} />
            <AgreementFields state={state} text={agreement.text} owner={agreement.owner} dueDate={agreement.dueDate ?? ""} />
            <SubmitButton pending={pending}>{t("saveAgreement")}</SubmitButton>
          </>
        )}
      </ActionForm>
    </details>
  );
}

/** Ticking off as done, or taking the tick back. The server records when. */
export function TickOffAgreementForm({ conversationId, agreementId, done, label }: { conversationId: string; agreementId: string; done: boolean; label: string }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={tickOffAgreementAction} success={done ? t("tickedOff") : t("unticked")} className="space-y-2">
      {(_, pending) => (
        <>
          <input type="hidden" name="conversationId" value={conversationId} />
          <input type="hidden" name="agreementId" value={agreementId} />
          <input type="hidden" name="done" value={done ? "false" : "true"} />
          <Button type="submit" disabled={pending} variant={done ? "neutral" : "secondary"} size="sm" aria-label={`${done ? t("untick") : t("tickOff")}: ${label}`}>
            {done ? t("untick") : <>✓ {t("tickOff")}</>}
          </Button>
        </>
      )}
    </ActionForm>
  );
}

/** Done, not done, or still open: looking back on an earlier agreement. */
export function LookBackOnAgreementForm({ conversationId, agreementId, label, current }: { conversationId: string; agreementId: string; label: string; current?: AgreementDto["status"] }) {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={lookBackOnAgreementAction} success={t("lookBackSaved")} className="space-y-2">
      {(_, pending) => (
        <div role="group" aria-label={label} className="flex flex-wrap gap-2">
          <input type="hidden" name="conversationId" value={conversationId} />
          <input type="hidden" name="agreementId" value={agreementId} />
          {(["DONE", "NOT_DONE", "OPEN"] as const).map((status) => (
            <Button key={status} type="submit" name="status" value={status} disabled={pending} variant="quiet" size="sm" aria-pressed={current === status}>
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
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
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
