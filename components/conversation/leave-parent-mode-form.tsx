"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { fieldErrors, SubmitButton } from "@/components/ui/form-status";
import { leaveParentModeAction } from "@/lib/actions/rating";

export function LeaveParentModeForm() {
  const t = useTranslations("Conversation");
  return (
    <ActionForm action={leaveParentModeAction} success="">
      {(state, pending) => (
        <>
          <TextField
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            label={t("pin")}
            required
            errors={fieldErrors(state, "pin")}
          />
          <SubmitButton pending={pending}>{t("leaveSubmit")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
