"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { PinField } from "@/components/ui/pin-field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { leaveParentModeAction } from "@/lib/actions/rating";

export function LeaveParentModeForm() {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={leaveParentModeAction} success="">
      {(state, pending) => (
        <>
          <PinField name="pin" label={t("pin")} errors={fieldErrors(state, "pin")} />
          <SubmitButton pending={pending}>{t("leaveSubmit")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
